package main

import (
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/vexlang/vex2go/frontend/load"
	"github.com/vexlang/vex2go/frontend/source"
)

// TestMemory builds a large program and measures the live heap, after a
// collection, while its declarations are printed: a counter, not a time.
// The peak, once the package is checked, is its syntax and the checker's
// records, about liveBytesPerSourceByte per byte of source (gcpercent.go).
// The lowering must then release each body once lowered and never hold
// the Go of the whole package, so the live heap shrinks as it goes.
func TestMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a program of 1 MB")
	}
	dir := t.TempDir()
	src := largeProgram(1 << 20)
	if err := os.WriteFile(filepath.Join(dir, "main.vx"), src, 0o666); err != nil {
		t.Fatal(err)
	}
	base := liveHeap()
	fset := source.NewFileSet()
	prog, err := load.Load(fset, dir)
	if err != nil {
		t.Fatal(err)
	}
	var samples []uint64
	decls := 0
	declHook = func() {
		if decls%500 == 0 {
			samples = append(samples, liveHeap()-base)
		}
		decls++
	}
	defer func() { declHook = nil }()
	var diags source.List
	out := compilePackage(fset, pkgInput{Package: prog.Packages[0]}, genOptions{}, false, &diags)
	if diags.HasErrors() || len(out) == 0 {
		var b strings.Builder
		diags.Print(&b, fset)
		t.Fatalf("the program does not build:\n%s", b.String())
	}
	samples = append(samples, liveHeap()-base)
	runtime.KeepAlive(prog)
	size := uint64(len(src))
	peak := slices.Max(samples)
	t.Logf("%d declarations; live heap per source byte: first %.1f, peak %.1f, last %.1f",
		decls, float64(samples[0])/float64(size), float64(peak)/float64(size), float64(samples[len(samples)-1])/float64(size))
	if limit := size * liveBytesPerSourceByte * 115 / 100; peak > limit {
		t.Errorf("the live heap peaks at %d bytes for %d bytes of source, over %d: update liveBytesPerSourceByte, or find what is retained", peak, size, limit)
	}
	if first, last := samples[0], samples[len(samples)-1]; last > first*85/100 {
		t.Errorf("the live heap goes from %d bytes to %d while the package is lowered: the lowering keeps what it has printed", first, last)
	}
}

// liveHeap collects garbage and returns the bytes of the live heap.
func liveHeap() uint64 {
	runtime.GC()
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// largeProgram returns a valid program of about size bytes, of units that
// declare an enum with payloads, a struct with methods, and functions with
// matches, f-strings, loops, closures, collections, Options and Results.
func largeProgram(size int) []byte {
	var b strings.Builder
	n := 0
	for n == 0 || b.Len() < size {
		b.WriteString(strings.ReplaceAll(programUnit, "_N", strconv.Itoa(n)))
		n++
	}
	b.WriteString("fn main() {\n    println(report0())\n    println(report" + strconv.Itoa(n-1) + "())\n}\n")
	return []byte(b.String())
}

// programUnit is one unit of largeProgram, with _N for its number.
const programUnit = `/// Shape_N is a shape of unit _N.
enum Shape_N {
    Circle(f64),
    Rect(f64, f64),
    Empty,
}

/// Item_N is a line of an order.
struct Item_N {
    name: string,
    count: i64,
    price: f64,
    tags: Vec<string>,
}

fn (self: &Item_N) total(): f64 {
    self.price * (self.count as f64)
}

fn (self: &Item_N!) restock(n: i64) {
    self.count += n
    self.tags.push(f"restocked {n} of {self.name}")
}

fn area_N(s: Shape_N): f64 {
    match s {
        Circle(r) => 3.25 * r * r,
        Rect(w, h) => w * h,
        Empty => 0.0,
    }
}

fn classify_N(n: i64): string {
    match n {
        0 => "none",
        1..10 => "few",
        10..=99 => "some",
        _ => "many",
    }
}

fn parse_N(s: string): Result<i64, string> {
    if s.len() == 0 {
        return Err("empty name")
    }
    Ok(s.len() * 3 + _N % 7)
}

fn sum_N(items: Vec<Item_N>): Result<f64, string> {
    let! total = 0.0
    let! seen = Map.new<string, i64>()
    for it in items {
        let n = parse_N(it.name)?
        seen.set(it.name, n)
        total += it.total()
    }
    let! k = 0
    while k < 3 {
        total += area_N(Shape_N.Circle(k as f64))
        k += 1
    }
    Ok(total)
}

async fn fetch_N(id: i64): i64 {
    id * 2
}

async fn gather_N(): i64 {
    let a = await fetch_N(_N)
    let f = fetch_N(a)
    a + await f
}

fn report_N(): string {
    let! item = Item_N { name: "item_N", count: _N % 100, price: 1.5, tags: Vec.new<string>() }
    item.restock(2)
    let shapes = [Shape_N.Circle(1.0), Shape_N.Rect(2.0, 3.0), Shape_N.Empty]
    let! areas = 0.0
    for s in shapes {
        areas += area_N(s)
    }
    let big = item.tags.filter(|t: string| t.len() > 5)
    let first = big.first() ?? "none"
    match sum_N([item]) {
        Ok(t) => f"{item.name}: {classify_N(item.count)} {t} {areas} {first}",
        Err(e) => f"error: {e}",
    }
}

`
