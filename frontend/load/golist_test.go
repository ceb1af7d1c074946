package load

import (
	gotypes "go/types"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/types"
)

// checkAll checks the packages of prog in order, and fails the test on
// any diagnostic.
func checkAll(t testing.TB, prog *Program) {
	t.Helper()
	var diags source.List
	diags.Append(&prog.Diags)
	for _, p := range prog.Order {
		if !p.Ready() {
			continue
		}
		p.Types = types.CheckPackage(prog.Fset, p.Syntax, &types.Config{Importer: p.Importer()}, &diags)
	}
	if len(diags.Diags) > 0 {
		var b strings.Builder
		diags.Print(&b, prog.Fset)
		t.Fatalf("diagnostics:\n%s", b.String())
	}
}

// TestGoImports loads a program whose packages import the standard
// library, a package of their own module and a module that go.mod replaces
// by a local directory, all without the network, with one call of
// go/packages however many files import the same packages.
func TestGoImports(t *testing.T) {
	prog, err := Load(source.NewFileSet(), filepath.Join("testdata", "gomod", "app", "vex"))
	if err != nil {
		t.Fatal(err)
	}
	checkAll(t, prog)
	if n := prog.GoLoads(); n != 1 {
		t.Errorf("go/packages was called %d times, want 1", n)
	}
	var b *Package
	for _, p := range prog.Packages {
		if p.Rel == "b" {
			b = p
		}
	}
	if b == nil || b.Types == nil {
		t.Fatal("package b is not checked")
	}
	// The Go names record their go/types objects and positions, for an
	// editor's hover and definition.
	found := map[string]bool{}
	for id, obj := range b.Types.Info.Uses {
		switch obj := obj.(type) {
		case *types.GoObj:
			pos := obj.Position()
			if !pos.IsValid() || filepath.Ext(pos.Filename) != ".go" {
				t.Errorf("%s: position %v of the Go declaration", id.Name, pos)
			}
			found[obj.Obj.Pkg().Path()+"."+id.Name] = true
		case *types.TypeName:
			if obj.Go != nil {
				if pos := obj.Go.Position(); !isTypeName(obj.Go.Obj) || !pos.IsValid() {
					t.Errorf("%s: Go declaration %v at %v", id.Name, obj.Go.Obj, obj.Go.Position())
				}
				found[obj.Go.Obj.Pkg().Path()+"."+id.Name] = true
			}
		}
	}
	for _, want := range []string{"example.com/greet.Hello", "strings.Repeat", "strings.Builder", "strings.WriteString"} {
		if !found[want] {
			t.Errorf("no use of %s recorded; found %v", want, found)
		}
	}
	calls := 0
	for _, c := range b.Types.Info.Calls {
		if g := c.GoFunc(); g != nil {
			calls++
			if _, ok := g.Obj.(*gotypes.Func); !ok {
				t.Errorf("callee %v is no Go function", g.Obj)
			}
		}
	}
	if calls != 5 {
		t.Errorf("%d calls of Go functions recorded, want 5", calls)
	}
}

// TestGoImportsWithoutModule shows that without a go.mod only the standard
// library is available, and that the diagnostic says how to add a module.
func TestGoImportsWithoutModule(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, `
-- main.vx --
import * as strings from "go:strings"
import * as greet from "go:example.com/greet"

fn main() { println(strings.ToUpper("x"), greet.Hello("y")) }
`)
	prog, err := Load(source.NewFileSet(), dir)
	if err != nil {
		t.Fatal(err)
	}
	var diags source.List
	p := prog.Order[0]
	types.CheckPackage(prog.Fset, p.Syntax, &types.Config{Importer: p.Importer()}, &diags)
	var b strings.Builder
	diags.Print(&b, prog.Fset)
	want := "cannot import Go package example.com/greet: there is no go.mod at or above " + dir + ", so only the standard library is available; in a module, add it with: go get example.com/greet"
	if !strings.Contains(b.String(), want) || strings.Count(b.String(), "error:") != 1 {
		t.Errorf("diagnostics:\n%s\nwant one error: %s", b.String(), want)
	}
}

// TestGoPositions checks that a Go object's position is in the file set of
// the load, the one the checker's GoObj reports.
func TestGoPositions(t *testing.T) {
	prog, err := Load(source.NewFileSet(), filepath.Join("testdata", "gomod", "app", "vex", "a"))
	if err != nil {
		t.Fatal(err)
	}
	checkAll(t, prog)
	for id, obj := range prog.Order[len(prog.Order)-1].Types.Info.Uses {
		if g, ok := obj.(*types.GoObj); ok && id.Name == "Twice" {
			pos := g.Position()
			if filepath.Base(pos.Filename) != "util.go" || pos.Line != 5 {
				t.Errorf("Twice is at %v, want util.go:5", pos)
			}
			return
		}
	}
	t.Error("no use of Twice")
}

func isTypeName(o gotypes.Object) bool {
	_, ok := o.(*gotypes.TypeName)
	return ok
}

// TestGoPositionsThroughVex checks that a package that uses Go values only
// through another Vex package still knows the positions of their
// declarations.
func TestGoPositionsThroughVex(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, `
-- a/a.vx --
import * as strings from "go:strings"

export fn reader(): &strings.Reader! { strings.NewReader("x") }
-- b/b.vx --
import { reader } from "../a"

fn size(): i64 { reader().Size() }
`)
	prog, err := Load(source.NewFileSet(), dir)
	if err != nil {
		t.Fatal(err)
	}
	checkAll(t, prog)
	for _, p := range prog.Packages {
		if p.Rel != "b" {
			continue
		}
		for id, obj := range p.Types.Info.Uses {
			if g, ok := obj.(*types.GoObj); ok && id.Name == "Size" {
				if pos := g.Position(); filepath.Base(pos.Filename) != "reader.go" {
					t.Errorf("Size is at %v, want strings/reader.go", pos)
				}
				return
			}
		}
	}
	t.Error("no use of Size in package b")
}
