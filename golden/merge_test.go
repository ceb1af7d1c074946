package golden

import (
	"bufio"
	"bytes"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"maps"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// Most of the time of a cold build of the golden programs went to
// compiling, in each program's package, the same instantiations of
// vexrt's generic types (Option[int64] and its methods, Result, Map...):
// the compiler compiles an instantiation in every package that uses it.
// So the programs of the golden cases are compiled together in a few
// packages, the merges: each case's package-level functions, variables and
// constants take a prefix of their own there, and the cases of a merge
// declare no type twice. Types keep their names, which Display prints.
// go vet still checks each case's package as vex2go wrote it, type
// errors included; a merge that fails to compile is given up, and its
// cases are compiled one by one as before, so that a failure is the
// case's own.

// mergedDir is the directory of the module that holds the merges.
const mergedDir = "merged"

// mergeCount is the number of merges: enough that the go command
// compiles two at a time, few enough that each shares its
// instantiations among many programs. There are more when the cases
// declare a type of the same name more often. From a cold build cache,
// golden's test took 59 s of CPU without merges, 44 s with 2 or 3, 47 s
// with 6 or 10.
const mergeCount = 3

// A merge is a package of the module that holds the programs of several
// golden cases.
type merge struct {
	name   string // the directory and name of its package, under mergedDir
	cases  []*mergeable
	types  map[string]bool // the types that its cases declare
	failed bool            // it did not compile: its cases compile one by one
}

// live reports whether the merge holds cases and has not failed: the
// executable runs its cases' programs from it, and go vet checks it.
func (m *merge) live() bool { return !m.failed && len(m.cases) > 0 }

// importPath returns the import path of the package of the merge.
func (m *merge) importPath() string { return modulePath + "/" + mergedDir + "/" + m.name }

// mainName returns the name of the function of the merge that runs the
// program of its i-th case.
func mainName(i int) string { return fmt.Sprintf("Main%d", i) }

// A mergeable is the package main of a golden case, ready to merge.
type mergeable struct {
	c        *testCase
	files    []*mergeFile // by file name
	types    []string
	fset     *token.FileSet
	imported []string // the directories of the packages of the case that the program imports
}

// A mergeFile is a file of a package main, as vex2go wrote it, and the
// offsets of the identifiers that name its package-level functions,
// variables and constants.
type mergeFile struct {
	name    string // its section name, out/NAME.vx.go
	src     string
	syntax  *ast.File
	renames []int
}

// syntax returns the files of the package main as vex2go wrote them.
func (mc *mergeable) syntax() []*ast.File {
	files := make([]*ast.File, len(mc.files))
	for i, f := range mc.files {
		files[i] = f.syntax
	}
	return files
}

// mergeCases plans the merges of the golden cases among cases. A case
// that cannot be merged is left out of them.
func mergeCases(cases []*testCase) []*merge {
	merges := make([]*merge, mergeCount)
	for i := range merges {
		merges[i] = &merge{name: fmt.Sprintf("m%d", i), types: map[string]bool{}}
	}
	for _, c := range cases {
		if c.dir != goldenDir {
			continue
		}
		mc, ok := c.mergeable()
		if !ok {
			continue
		}
		// The smallest of the first mergeCount merges that declares none
		// of the case's types, or else the first other one.
		fits := func(m *merge) bool { return !slices.ContainsFunc(mc.types, func(t string) bool { return m.types[t] }) }
		var to *merge
		for _, m := range merges[:mergeCount] {
			if fits(m) && (to == nil || len(m.cases) < len(to.cases)) {
				to = m
			}
		}
		if i := slices.IndexFunc(merges[mergeCount:], fits); to == nil && i >= 0 {
			to = merges[mergeCount+i]
		}
		if to == nil {
			to = &merge{name: fmt.Sprintf("m%d", len(merges)), types: map[string]bool{}}
			merges = append(merges, to)
		}
		to.cases = append(to.cases, mc)
		for _, t := range mc.types {
			to.types[t] = true
		}
	}
	return merges
}

// mergeable parses the files of the package main of the case and finds
// the identifiers to rename. It reports false for a case whose package
// cannot be merged: one with a composite literal key that names a
// package-level value, which may be a struct field instead.
func (c *testCase) mergeable() (*mergeable, bool) {
	fset := token.NewFileSet()
	mc := &mergeable{c: c, fset: fset}
	values := map[string]bool{} // the package-level functions, variables and constants
	for _, name := range slices.Sorted(maps.Keys(c.out)) {
		src := c.out[name]
		if dir := path.Dir(strings.TrimPrefix(name, "out/")); dir != "." {
			if !slices.Contains(mc.imported, dir) {
				mc.imported = append(mc.imported, dir) // a package that the program imports
			}
			continue
		}
		// Named as go vet names the file, from the module's root.
		f, err := parser.ParseFile(fset, c.dir+"/"+c.name+"/"+path.Base(name), src, parser.SkipObjectResolution|parser.ParseComments)
		if err != nil || f.Name.Name != "main" {
			return nil, false
		}
		mc.files = append(mc.files, &mergeFile{name: name, src: src, syntax: f})
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil && d.Name.Name != "init" {
					values[d.Name.Name] = true
				}
			case *ast.GenDecl:
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.TypeSpec:
						mc.types = append(mc.types, s.Name.Name)
					case *ast.ValueSpec:
						for _, n := range s.Names {
							values[n.Name] = true
						}
					}
				}
			}
		}
	}
	delete(values, "_")
	ok := true
	for _, mf := range mc.files {
		skip := map[*ast.Ident]bool{} // identifiers that name no package-level value
		for _, d := range mf.syntax.Decls {
			ast.Inspect(d, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.SelectorExpr:
					skip[n.Sel] = true
				case *ast.FuncDecl:
					if n.Recv != nil {
						skip[n.Name] = true
					}
				case *ast.StructType:
					for _, fl := range n.Fields.List {
						for _, id := range fl.Names {
							skip[id] = true
						}
					}
				case *ast.InterfaceType:
					for _, fl := range n.Methods.List {
						for _, id := range fl.Names {
							skip[id] = true
						}
					}
				case *ast.CompositeLit:
					for _, e := range n.Elts {
						if kv, isKV := e.(*ast.KeyValueExpr); isKV {
							if id, isID := kv.Key.(*ast.Ident); isID && values[id.Name] {
								ok = false
							}
						}
					}
				case *ast.Ident:
					if values[n.Name] && !skip[n] {
						mf.renames = append(mf.renames, fset.Position(n.Pos()).Offset)
					}
				}
				return true
			})
		}
		slices.Sort(mf.renames)
	}
	return mc, ok && len(mc.files) > 0
}

// caseAt returns the case of the merge that posn, a position that go vet
// reports in the merge, belongs to: a position in a .vx file of the case
// (by a //line directive), or in a file of the merge.
func (m *merge) caseAt(posn string) *testCase {
	posn = filepath.ToSlash(posn)
	for _, mc := range m.cases {
		if strings.Contains(posn, "/"+goldenSrc+"/"+mc.c.name+"/") || strings.HasPrefix(path.Base(posn), mc.c.name+"__") {
			return mc.c
		}
	}
	return nil
}

// typeCheckMerged type-checks, as go vet does, the package main of each
// case of the merges that compiled, as vex2go wrote it: go vet checked
// them renamed, in their merges, where a function and a type of the same
// name, say, would not collide. One go/types importer reads the export
// data of the packages that the programs import, once each; go vet
// would start a process for each package. It records the errors as
// failures of the cases.
func typeCheckMerged(mod string, merges []*merge) error {
	var cases []*mergeable
	imports := map[string]bool{}
	for _, m := range merges {
		if !m.live() {
			continue
		}
		for _, mc := range m.cases {
			cases = append(cases, mc)
			for _, f := range mc.files {
				for _, imp := range f.syntax.Imports {
					if p, _ := strconv.Unquote(imp.Path.Value); p != "unsafe" {
						imports[p] = true
					}
				}
			}
		}
	}
	if len(cases) == 0 {
		return nil
	}
	args := append([]string{"list", "-export", "-f", "{{.ImportPath}}\t{{.Export}}"}, slices.Sorted(maps.Keys(imports))...)
	out, err := goCommand(mod, args...).Output()
	if err != nil {
		return fmt.Errorf("go list -export: %v\n%s", err, out)
	}
	exports := map[string]string{}
	for sc := bufio.NewScanner(bytes.NewReader(out)); sc.Scan(); {
		if p, file, ok := strings.Cut(sc.Text(), "\t"); ok {
			exports[p] = file
		}
	}
	gomod, err := os.ReadFile(filepath.Join(mod, "go.mod"))
	if err != nil {
		return err
	}
	imp := importer.ForCompiler(token.NewFileSet(), "gc", func(p string) (io.ReadCloser, error) {
		if exports[p] == "" {
			return nil, fmt.Errorf("no export data for %s", p)
		}
		return os.Open(exports[p])
	})
	for _, mc := range cases {
		conf := types.Config{
			Importer:  imp,
			Sizes:     types.SizesFor("gc", runtime.GOARCH),
			GoVersion: "go" + modfileGo(gomod),
			Error: func(err error) {
				mc.c.failure += "go vet: " + err.Error() + " (typecheck)\n"
			},
		}
		conf.Check(mc.c.importPath(), mc.fset, mc.syntax(), nil)
	}
	return nil
}

// write writes the package of the merge to the module mod: the files of
// the package main of each case, renamed, and a file of the functions
// that run their programs.
func (m *merge) write(mod string) error {
	dir := filepath.Join(mod, mergedDir, m.name)
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return err
	}
	var mains strings.Builder
	fmt.Fprintf(&mains, "package %s\n", m.name)
	for i, mc := range m.cases {
		c := mc.c
		prefix := fmt.Sprintf("c%d_", i)
		for _, f := range mc.files {
			var b strings.Builder
			last := 0
			for _, off := range f.renames {
				b.WriteString(f.src[last:off])
				b.WriteString(prefix)
				last = off
			}
			b.WriteString(f.src[last:])
			header, rest, found := strings.Cut(b.String(), "\npackage main\n")
			if !found {
				return fmt.Errorf("%s: %s has no package clause package main", c.path, f.name)
			}
			src := header + "\npackage " + m.name + "\n" + rest
			if err := os.WriteFile(filepath.Join(dir, c.name+"__"+path.Base(f.name)), []byte(src), 0o666); err != nil {
				return err
			}
		}
		fmt.Fprintf(&mains, "\n// %s runs the program of %s.\nfunc %s() { %smain() }\n", mainName(i), c.name, mainName(i), prefix)
	}
	return os.WriteFile(filepath.Join(dir, "golden_main.go"), []byte(mains.String()), 0o666)
}

func TestMergeRenames(t *testing.T) {
	const src = `// Code generated by vex2go from main.vx. DO NOT EDIT.

package main

import "strings"

type count struct{ total int }

func (c count) total2() int { return c.total }

const limit = 3

var total = 0

func total2() int { return limit }

func main() {
	c := count{2}
	total := total + c.total2() + total2()
loop:
	for limit := range limit {
		_ = limit
		break loop
	}
	_ = strings.ToUpper("x")
	_ = total
}
`
	const want = `// Code generated by vex2go from main.vx. DO NOT EDIT.

package m0

import "strings"

type count struct{ total int }

func (c count) total2() int { return c.total }

const c0_limit = 3

var c0_total = 0

func c0_total2() int { return c0_limit }

func c0_main() {
	c := count{2}
	c0_total := c0_total + c.total2() + c0_total2()
loop:
	for c0_limit := range c0_limit {
		_ = c0_limit
		break loop
	}
	_ = strings.ToUpper("x")
	_ = c0_total
}
`
	c := &testCase{name: "renames", path: "renames", dir: goldenDir, out: map[string]string{"out/main.vx.go": src}}
	merges := mergeCases([]*testCase{c})
	if len(merges[0].cases) != 1 {
		t.Fatal("the case was not merged")
	}
	mod := t.TempDir()
	if err := merges[0].write(mod); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(mod, mergedDir, "m0", "renames__main.vx.go"))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("merged:\n%s\nwant:\n%s", got, want)
	}

	// A composite literal key that names a package-level value may be a
	// field: the case is not merged.
	c.out["out/main.vx.go"] = strings.Replace(src, "count{2}", "count{total: 2}", 1)
	if _, ok := c.mergeable(); ok {
		t.Error("a case with a literal key that names a value was merged")
	}
}
