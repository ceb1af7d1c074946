package main

import (
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vexlang/vex2go/bench/tree"
	"github.com/vexlang/vex2go/frontend/load"
	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
	"github.com/vexlang/vex2go/gen"
	"github.com/vexlang/vex2go/lower"
)

var (
	treeDir   = flag.String("tree", "", "TestWriteTree writes a generated tree of Vex packages to this directory, to time vex2go on with /usr/bin/time")
	treeLines = flag.Int("tree.lines", 100_000, "the number of lines of the tree of -tree")
)

// benchLines is the size of the trees of the benchmarks, in lines of Vex.
const benchLines = 20_000

// TestWriteTree writes the tree of -tree and -tree.lines:
//
//	go test ./cmd/vex2go -run TestWriteTree -tree /tmp/tree
//	/usr/bin/time vex2go build /tmp/tree -o /tmp/out --module example.com/out
func TestWriteTree(t *testing.T) {
	if *treeDir == "" {
		t.Skip("no -tree directory")
	}
	if _, err := tree.Write(*treeDir, *treeLines); err != nil {
		t.Fatal(err)
	}
}

// TestTreeBuilds checks that a small generated tree checks and builds
// without diagnostics, so that the benchmarks measure a clean build.
func TestTreeBuilds(t *testing.T) {
	t.Parallel()
	src := filepath.Join(t.TempDir(), "src")
	if _, err := tree.Write(src, 2_000); err != nil {
		t.Fatal(err)
	}
	var stderr testWriter
	g := &globals{stdout: io.Discard, stderr: &stderr}
	c := &buildCmd{buildFlags: buildFlags{Paths: []string{src}, Out: filepath.Join(t.TempDir(), "gen"), Module: "example.com/gen"}}
	if err := c.Run(g); err != nil || len(stderr) > 0 {
		t.Fatalf("vex2go build of the tree: %v\n%s", err, stderr)
	}
}

// goImportingPackage is a package that imports a Go package and a
// standard module.
const goImportingPackage = `import * as strings from "go:strings"
import { Mutex } from "sync"

export fn shout(s: string): string {
    let m = Mutex.new(strings.ToUpper(s))
    let g = m.lock()
    g.get()
}
`

// TestParallelGoImports builds and checks a program whose independent
// packages import Go packages and a standard module, which compile at the
// same time: under the race detector, it shows that they share the
// program's Go packages and the standard modules safely.
func TestParallelGoImports(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	var archive strings.Builder
	fmt.Fprintf(&archive, "-- go.mod --\nmodule example.com/m\n\ngo %s\n", goVersion())
	archive.WriteString("-- src/main.vx --\n")
	const n = 4
	for i := range n {
		fmt.Fprintf(&archive, "import * as p%d from \"./p%d\"\n", i, i)
	}
	archive.WriteString("\nfn main() {\n")
	for i := range n {
		fmt.Fprintf(&archive, "    println(p%d.shout(\"p%d\"))\n", i, i)
	}
	archive.WriteString("}\n")
	for i := range n {
		fmt.Fprintf(&archive, "-- src/p%d/p.vx --\n%s", i, goImportingPackage)
	}
	writeTree(t, dir, archive.String())
	var stderr testWriter
	g := &globals{stdout: io.Discard, stderr: &stderr}
	src := filepath.Join(dir, "src")
	if err := (&checkCmd{Paths: []string{src}}).Run(g); err != nil || len(stderr) > 0 {
		t.Fatalf("vex2go check: %v\n%s", err, stderr)
	}
	c := &buildCmd{buildFlags: buildFlags{Paths: []string{src}, Out: filepath.Join(dir, "gen")}}
	if err := c.Run(g); err != nil || len(stderr) > 0 {
		t.Fatalf("vex2go build: %v\n%s", err, stderr)
	}
}

// testWriter collects what is written to it.
type testWriter []byte

func (w *testWriter) Write(p []byte) (int, error) {
	*w = append(*w, p...)
	return len(p), nil
}

// benchTree writes a tree for a benchmark and returns its directory and
// size in bytes.
func benchTree(b *testing.B) (string, int64) {
	src := filepath.Join(b.TempDir(), "src")
	size, err := tree.Write(src, benchLines)
	if err != nil {
		b.Fatal(err)
	}
	return src, size
}

// BenchmarkBuildTree measures vex2go build of a generated tree of packages;
// the output, unchanged after the first round, is compared, not written.
func BenchmarkBuildTree(b *testing.B) {
	src, size := benchTree(b)
	g := &globals{stdout: io.Discard, stderr: io.Discard}
	c := &buildCmd{buildFlags: buildFlags{Paths: []string{src}, Out: filepath.Join(b.TempDir(), "gen"), Module: "example.com/gen"}}
	b.SetBytes(size)
	for b.Loop() {
		if err := c.Run(g); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCheckTree measures vex2go check of a generated tree.
func BenchmarkCheckTree(b *testing.B) {
	src, size := benchTree(b)
	g := &globals{stdout: io.Discard, stderr: io.Discard}
	c := &checkCmd{Paths: []string{src}}
	b.SetBytes(size)
	for b.Loop() {
		if err := c.Run(g); err != nil {
			b.Fatal(err)
		}
	}
}

// The phase benchmarks measure each phase of a build of the tree alone,
// the phases before it done once, outside the timing: parsing, checking,
// lowering and printing the Go (gen, with jennifer and go/format).

func BenchmarkPhaseParse(b *testing.B) {
	var size int64
	type file struct {
		name string
		src  []byte
	}
	var files []file
	for _, p := range tree.Generate(benchLines) {
		for name, src := range p.Files {
			files = append(files, file{p.Dir + "/" + name, src})
			size += int64(len(src))
		}
	}
	b.SetBytes(size)
	for b.Loop() {
		fset := source.NewFileSet()
		var diags source.List
		for _, f := range files {
			syntax.ParseFile(fset, f.name, f.src, &diags)
		}
		if diags.HasErrors() {
			b.Fatal("syntax errors in the tree")
		}
	}
}

func BenchmarkPhaseCheck(b *testing.B) {
	prog, size := loadTree(b)
	b.SetBytes(size)
	for b.Loop() {
		checkTree(b, prog)
	}
}

func BenchmarkPhaseLower(b *testing.B) {
	prog, size := loadTree(b)
	checkTree(b, prog)
	b.SetBytes(size)
	for b.Loop() {
		lowerTree(b, prog)
	}
}

func BenchmarkPhaseGen(b *testing.B) {
	prog, size := loadTree(b)
	checkTree(b, prog)
	irs := lowerTree(b, prog)
	b.SetBytes(size)
	for b.Loop() {
		for _, ir := range irs {
			for _, f := range ir.Files {
				if _, err := gen.File(ir.Name, f, gen.Options{SourceDir: "src"}); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
}

// loadTree writes a tree for a benchmark, loads it and returns the program
// and the size of its sources in bytes.
func loadTree(b *testing.B) (*load.Program, int64) {
	src, size := benchTree(b)
	prog, err := load.Load(source.NewFileSet(), src)
	if err != nil {
		b.Fatal(err)
	}
	if prog.Diags.HasErrors() {
		b.Fatal("syntax errors in the tree")
	}
	return prog, size
}

// checkTree checks the packages of prog in order.
func checkTree(b *testing.B, prog *load.Program) {
	for _, p := range prog.Order {
		var diags source.List
		p.Types = types.CheckPackage(prog.Fset, p.Syntax, &types.Config{Importer: p.Importer()}, &diags)
		if diags.HasErrors() {
			b.Fatalf("%s: type errors", p.Dir)
		}
	}
}

// lowerTree lowers the checked packages of prog, as a build does.
func lowerTree(b *testing.B, prog *load.Program) []*lower.Package {
	importPath := func(t *types.Package) (string, string) {
		p := prog.PackageOf(t)
		return load.ImportPath("example.com/gen", p.Rel), packageName(p.Dir, t)
	}
	var irs []*lower.Package
	names := new(lower.Names)
	for _, p := range prog.Order {
		var diags source.List
		opts := lower.Options{PkgName: packageName(p.Dir, p.Types), ImportPath: importPath, Names: names}
		irs = append(irs, lower.Lower(prog.Fset, p.Types, opts, &diags))
		if diags.HasErrors() {
			b.Fatalf("%s: lowering errors", p.Dir)
		}
	}
	return irs
}
