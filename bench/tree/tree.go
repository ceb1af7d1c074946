// Package tree writes a tree of Vex packages of a chosen size, written the
// way Vex programs are, for the benchmarks of vex2go's phases and of whole
// builds: structs with methods, payload enums matched in functions,
// generics, Option and Result with ?, closures, f-strings, Vec and Map
// loops, async functions, and imports between packages in three layers.
package tree

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// filesPerPackage is the number of files of each package.
const filesPerPackage = 10

// A Package is one generated package: its directory, relative to the root
// of the tree, and its files, by base name.
type Package struct {
	Dir   string
	Files map[string][]byte
}

// Generate returns the packages of a tree of about lines lines of Vex:
// packages of ten files of about 130 lines each. The packages of the
// first layer import nothing, those of the second import two of the first,
// and those of the third two of the second; the package "app" at the root
// is a program that imports the third layer.
func Generate(lines int) []*Package {
	perFile := strings.Count(string(file("p", 0, []string{"a", "b"})), "\n")
	n := max(lines/(perFile*filesPerPackage), 3)
	layers := [3][]string{}
	for i := range n {
		layer := i * 3 / n
		layers[layer] = append(layers[layer], fmt.Sprintf("l%dp%d", layer, len(layers[layer])))
	}
	var pkgs []*Package
	for layer, names := range layers {
		for i, name := range names {
			var deps []string
			if layer > 0 {
				below := layers[layer-1]
				deps = []string{below[i%len(below)], below[(i+1)%len(below)]}
				if deps[0] == deps[1] {
					deps = deps[:1]
				}
			}
			p := &Package{Dir: name, Files: make(map[string][]byte)}
			for f := range filesPerPackage {
				p.Files[fmt.Sprintf("f%d.vx", f)] = file(name, f, deps)
			}
			pkgs = append(pkgs, p)
		}
	}
	main := &Package{Dir: ".", Files: map[string][]byte{"main.vx": program(layers[2])}}
	return append(pkgs, main)
}

// Write writes the packages of Generate(lines) under dir and returns the
// number of bytes of Vex written.
func Write(dir string, lines int) (int64, error) {
	var size int64
	for _, p := range Generate(lines) {
		pdir := filepath.Join(dir, p.Dir)
		if err := os.MkdirAll(pdir, 0o777); err != nil {
			return size, err
		}
		for name, src := range p.Files {
			if err := os.WriteFile(filepath.Join(pdir, name), src, 0o666); err != nil {
				return size, err
			}
			size += int64(len(src))
		}
	}
	return size, nil
}

// file returns file number f of package pkg, which imports deps.
func file(pkg string, f int, deps []string) []byte {
	var b strings.Builder
	r := strings.NewReplacer("$F", fmt.Sprint(f), "$P", pkg)
	w := func(s string) { b.WriteString(r.Replace(s)) }
	w("// File $F of package $P, generated to measure vex2go.\n\n")
	for _, d := range deps {
		fmt.Fprintf(&b, "import * as %s from \"../%s\"\n", d, d)
	}
	if len(deps) == 0 {
		w("\n")
	}
	w(fileBody)
	if len(deps) > 0 {
		fmt.Fprintf(&b, "\nexport fn bridge%d(n: i64): f64 {\n", f)
		for _, d := range deps {
			fmt.Fprintf(&b, "    let items%s = %s.makeItems%d(n)\n", d, d, f)
		}
		b.WriteString("    let! sum = 0.0\n")
		for _, d := range deps {
			fmt.Fprintf(&b, "    sum += %s.totalOf%d(items%s)\n", d, f, d)
		}
		b.WriteString("    sum\n}\n")
	}
	return []byte(b.String())
}

// program returns the main package, which calls into the packages uses.
func program(uses []string) []byte {
	var b strings.Builder
	b.WriteString("// The program of the generated tree.\n\n")
	for _, u := range uses {
		fmt.Fprintf(&b, "import * as %s from \"./%s\"\n", u, u)
	}
	b.WriteString("\nfn main() {\n    let! total = 0.0\n")
	for _, u := range uses {
		fmt.Fprintf(&b, "    total += %s.bridge0(10)\n", u)
	}
	b.WriteString("    println(f\"total {total}\")\n}\n")
	return []byte(b.String())
}

// fileBody is the body of every file; $F numbers its items.
const fileBody = `/// Item$F is a product with a price and tags.
export struct Item$F {
    id: i64,
    name: string,
    price: f64,
    tags: Vec<string>,
}

/// Event$F changes an item.
export enum Event$F {
    Created(i64, string),
    Repriced(i64, f64),
    Tagged(i64, string),
    Removed(i64),
    Reset,
}

fn (self: &Item$F) total(qty: i64): f64 {
    self.price * qty as f64
}

fn (self: &Item$F!) retag(tag: string) {
    if !self.tags.contains(tag) {
        self.tags.push(tag)
    }
}

export fn makeItems$F(n: i64): Vec<Item$F> {
    let! items = Vec.new<Item$F>()
    for i in 0..n {
        items.push(Item$F { id: i, name: f"item {i}", price: i as f64 * 1.5, tags: Vec.new<string>() })
    }
    items
}

export fn totalOf$F(items: Vec<Item$F>): f64 {
    let! sum = 0.0
    for it in items {
        sum += it.total(2)
    }
    sum
}

fn describe$F(e: Event$F): string {
    match e {
        Created(id, name) => f"created {id} as {name}",
        Repriced(id, p) if p > 100.0 => f"repriced {id} high: {p}",
        Repriced(id, p) => f"repriced {id}: {p}",
        Tagged(id, tag) => f"tagged {id} with {tag}",
        Removed(id) => f"removed {id}",
        Reset => "reset",
    }
}

fn find$F(items: Vec<Item$F>, id: i64): Option<Item$F> {
    for it in items {
        if it.id == id {
            return Some(it)
        }
    }
    None
}

fn price$F(items: Vec<Item$F>, id: i64): Result<f64, string> {
    let it = match find$F(items, id) {
        Some(it) => it,
        None => return Err(f"no item {id}"),
    }
    if it.price < 0.0 {
        return Err(f"negative price for {id}")
    }
    Ok(it.price)
}

fn sumPrices$F(items: Vec<Item$F>, ids: Vec<i64>): Result<f64, string> {
    let! sum = 0.0
    for id in ids {
        sum += price$F(items, id)?
    }
    Ok(sum)
}

fn largest$F<T: Ord$F>(xs: Vec<T>): Option<T> {
    let! best: Option<T> = None
    for x in xs {
        best = match best {
            Some(b) if b.weight() >= x.weight() => Some(b),
            _ => Some(x),
        }
    }
    best
}

contract Ord$F {
    weight(): f64;
}

fn (self: &Item$F) weight(): f64 {
    self.price * self.tags.len() as f64
}

fn counts$F(words: Vec<string>): Map<string, i64> {
    let! m = Map.new<string, i64>()
    for w in words {
        m.set(w, (m.tryGet(w) ?? 0) + 1)
    }
    m
}

async fn fetch$F(id: i64): i64 {
    await sleep(0)
    id * 2
}

async fn gather$F(n: i64): i64 {
    let! total = 0
    for i in 0..n {
        total += await fetch$F(i)
    }
    let evens = [1, 2, 3, 4].filter(|x| x % 2 == 0).map(|x| x * total)
    <+ evens
}
`
