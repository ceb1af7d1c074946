package lower

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/vexlang/vex2go/frontend/load"
	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/types"
)

// golden holds the packages of the golden cases, type-checked once for
// the tests that read them.
var golden struct {
	once sync.Once
	pkgs []*types.Package
	err  error
}

// goldenPackages returns the type-checked packages of every golden case.
func goldenPackages(t *testing.T) []*types.Package {
	t.Helper()
	golden.once.Do(func() { golden.pkgs, golden.err = checkGolden() })
	if golden.err != nil {
		t.Fatal(golden.err)
	}
	return golden.pkgs
}

// checkGolden writes the .vx files of every golden case to a temporary
// directory, NAME/vx for case NAME, and type-checks their packages. The
// cases are loaded as one program, as vex2go builds several directories
// at once, so that the Go packages they import load with one run of the go
// command rather than one for each case that imports some. A case's
// packages see only each other: an import that leaves NAME/vx is outside
// the program's directories, as it is outside the directory of a build of
// the case alone.
func checkGolden() ([]*types.Package, error) {
	archives, err := filepath.Glob("../golden/testdata/*.txtar")
	if err != nil || len(archives) == 0 {
		return nil, fmt.Errorf("no golden cases: %v", err)
	}
	dir, err := os.MkdirTemp("", "lower-golden-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	var roots []string
	for _, name := range archives {
		root := filepath.Join(dir, strings.TrimSuffix(filepath.Base(name), ".txtar"), "vx")
		if err := writeArchive(name, root); err != nil {
			return nil, fmt.Errorf("%s: %v", name, err)
		}
		roots = append(roots, root)
	}
	prog, err := load.Load(source.NewFileSet(), roots...)
	if err != nil {
		return nil, err
	}
	var pkgs []*types.Package
	for _, p := range prog.Order {
		if !p.Ready() {
			continue
		}
		var diags source.List
		pkg := types.CheckPackage(prog.Fset, p.Syntax, &types.Config{Importer: p.Importer()}, &diags)
		if !diags.HasErrors() {
			p.Types = pkg
		}
		pkgs = append(pkgs, pkg)
	}
	return pkgs, nil
}

// writeArchive writes the .vx files of a golden case to the directory
// root.
func writeArchive(name, root string) error {
	ar, err := txtar.ParseFile(name)
	if err != nil {
		return err
	}
	for _, f := range ar.Files {
		if filepath.Ext(f.Name) != ".vx" {
			continue
		}
		path := filepath.Join(root, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
			return err
		}
		if err := os.WriteFile(path, f.Data, 0o666); err != nil {
			return err
		}
	}
	return nil
}

// TestBuiltins checks that every entry of the prelude table that can be
// called has a lowering, and that a golden case calls it: it type-checks
// every golden case and collects the entries that their calls resolve to.
func TestBuiltins(t *testing.T) {
	called := make(map[types.BuiltinID]bool)
	for _, pkg := range goldenPackages(t) {
		for _, c := range pkg.Info.Calls {
			called[c.Builtin()] = true
		}
	}
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
	for _, pkg := range goldenPackages(t) {
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
	}
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
