package main

import (
	"go/ast"
	"go/build"
	"go/importer"
	goparser "go/parser"
	"go/token"
	gotypes "go/types"
	"hash/fnv"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/vexlang/vex2go/frontend/format/formattest"
	"github.com/vexlang/vex2go/frontend/load"
	"github.com/vexlang/vex2go/frontend/source"
)

// FuzzPipeline runs the whole pipeline of vex2go build on a one-file
// program: load, the formatter's round trip, check, lower and print. A
// program that the checker accepts must lower and print without an
// internal error, and for a sample of them, one in four, go/types must
// accept the generated Go. The corpus starts with every single-file golden
// case and long and deep programs. Programs with go: imports, which would
// run go list, are skipped.
func FuzzPipeline(f *testing.F) {
	for _, vx := range formattest.GoldenPrograms("../../golden/testdata") {
		if len(vx) == 1 {
			f.Add(vx[0])
		}
	}
	for _, src := range formattest.DeepPrograms(2000) {
		f.Add([]byte(src))
	}
	dir := f.TempDir()
	path := filepath.Join(dir, "main.vx")
	f.Fuzz(func(t *testing.T, src []byte) {
		if strings.Contains(string(src), "go:") {
			return
		}
		fset := source.NewFileSet()
		prog, err := (&load.Config{Overlay: map[string][]byte{path: src}}).Load(fset, dir)
		if err != nil {
			t.Fatal(err)
		}
		p := prog.Packages[0]
		if prog.Diags.HasErrors() || !p.Ready() {
			return
		}
		formattest.RoundTrip(t, fset, p.Syntax[0])
		var diags source.List
		out := compilePackage(fset, pkgInput{Package: p}, genOptions{}, false, &diags)
		for _, d := range diags.Diags {
			if strings.Contains(d.Msg, "internal error") {
				t.Fatalf("an internal error: %s", d.Msg)
			}
		}
		if diags.HasErrors() || len(out) == 0 {
			return
		}
		h := fnv.New32a()
		h.Write(src)
		if h.Sum32()%4 != 0 {
			return
		}
		if err := goCheck(out); err != nil {
			t.Fatalf("the Go of an accepted program does not type-check: %v\n--- Go:\n%s", err, out[0].Source)
		}
	})
}

// goCheck type-checks the files of a generated package with go/types.
func goCheck(files []genFile) error {
	imp, err := vexrtImporter()
	if err != nil {
		return err
	}
	fset := token.NewFileSet()
	var syntax []*ast.File
	for _, f := range files {
		file, err := goparser.ParseFile(fset, f.Name, f.Source, goparser.SkipObjectResolution)
		if err != nil {
			return err
		}
		syntax = append(syntax, file)
	}
	conf := gotypes.Config{Importer: imp}
	_, err = conf.Check(syntax[0].Name.Name, fset, syntax, nil)
	return err
}

// vexrtImporter returns an importer of the standard library and of vexrt,
// which it type-checks from source once.
var vexrtImporter = sync.OnceValues(func() (gotypes.Importer, error) {
	fset := token.NewFileSet()
	std := importer.ForCompiler(fset, "source", nil)
	bp, err := build.ImportDir("../../vexrt", 0) // the files of this build's tags
	if err != nil {
		return nil, err
	}
	var files []*ast.File
	for _, name := range bp.GoFiles {
		name = filepath.Join(bp.Dir, name)
		src, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		f, err := goparser.ParseFile(fset, name, src, goparser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	rt, err := (&gotypes.Config{Importer: std}).Check(vexrtPath, fset, files, nil)
	if err != nil {
		return nil, err
	}
	return importerFunc(func(path string) (*gotypes.Package, error) {
		if path == vexrtPath {
			return rt, nil
		}
		return std.Import(path)
	}), nil
})

const vexrtPath = "github.com/vexlang/vex2go/vexrt"

type importerFunc func(path string) (*gotypes.Package, error)

func (f importerFunc) Import(path string) (*gotypes.Package, error) { return f(path) }
