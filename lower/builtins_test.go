package lower

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/vexlang/vex2go/frontend/load"
	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/types"
)

// checkGolden type-checks the packages of every golden case and passes
// each checked package to visit.
func checkGolden(t *testing.T, visit func(pkg *types.Package)) {
	archives, err := filepath.Glob("../golden/testdata/*.txtar")
	if err != nil || len(archives) == 0 {
		t.Fatalf("no golden cases: %v", err)
	}
	for _, name := range archives {
		ar, err := txtar.ParseFile(name)
		if err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		for _, f := range ar.Files {
			if filepath.Ext(f.Name) != ".vx" {
				continue
			}
			path := filepath.Join(dir, filepath.FromSlash(f.Name))
			if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, f.Data, 0o666); err != nil {
				t.Fatal(err)
			}
		}
		prog, err := load.Load(source.NewFileSet(), dir)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, p := range prog.Order {
			if !p.Ready() {
				continue
			}
			var diags source.List
			pkg := types.CheckPackage(prog.Fset, p.Syntax, &types.Config{Importer: p.Importer()}, &diags)
			if !diags.HasErrors() {
				p.Types = pkg
			}
			visit(pkg)
		}
	}
}

// TestBuiltins checks that every entry of the prelude table that can be
// called has a lowering, and that a golden case calls it: it type-checks
// every golden case and collects the entries that their calls resolve to.
func TestBuiltins(t *testing.T) {
	called := make(map[types.BuiltinID]bool)
	checkGolden(t, func(pkg *types.Package) {
		for _, c := range pkg.Info.Calls {
			called[c.Builtin()] = true
		}
	})
	for id := range types.NumBuiltins {
		if !id.IsFunc() {
			continue
		}
		if lowerings[id] == nil {
			t.Errorf("%s has no lowering", id)
		}
		if !called[id] {
			t.Errorf("%s is called by no golden case", id)
		}
	}
}

// TestFinalTypes checks that the types the checker records for the
// lowering hold no inference variable: the lowering never resolves one.
func TestFinalTypes(t *testing.T) {
	checkGolden(t, func(pkg *types.Package) {
		info := pkg.Info
		check := func(what string, ty types.Type) {
			if ty != nil && hasVar(ty) {
				t.Errorf("%s has the type %s, with an inference variable", what, ty)
			}
		}
		for e, ty := range info.Types {
			check(fmt.Sprintf("expression at %d", e.Pos()), ty)
		}
		for p, ty := range info.Pats {
			check(fmt.Sprintf("pattern at %d", p.Pos()), ty)
		}
		for e, c := range info.Calls {
			check(fmt.Sprintf("call at %d", e.Pos()), c.Type)
			check(fmt.Sprintf("receiver of the call at %d", e.Pos()), c.Recv)
			for _, a := range c.TypeArgs {
				check(fmt.Sprintf("type argument of the call at %d", e.Pos()), a)
			}
		}
		for id, obj := range info.Defs {
			if l, ok := obj.(*types.Local); ok {
				check("local "+id.Name, l.Type)
			}
		}
	})
}

// hasVar reports whether t holds an inference variable.
func hasVar(t types.Type) bool {
	switch t := t.(type) {
	case *types.Var:
		return true
	case *types.Tuple:
		return slices.ContainsFunc(t.Elems, hasVar)
	case *types.Array:
		return hasVar(t.Elem)
	case *types.Slice:
		return hasVar(t.Elem)
	case *types.Func:
		return slices.ContainsFunc(t.Params, hasVar) || hasVar(t.Result)
	case *types.Ref:
		return hasVar(t.Elem)
	case *types.Option:
		return hasVar(t.Elem)
	case *types.Result:
		return hasVar(t.Ok) || hasVar(t.Err)
	case *types.Vec:
		return hasVar(t.Elem)
	case *types.Map:
		return hasVar(t.Key) || hasVar(t.Elem)
	case *types.Set:
		return hasVar(t.Elem)
	case *types.Channel:
		return hasVar(t.Elem)
	case *types.Future:
		return hasVar(t.Elem)
	case *types.StdType:
		return t.Elem != nil && hasVar(t.Elem)
	case *types.Named:
		return slices.ContainsFunc(t.Args, hasVar)
	}
	return false
}
