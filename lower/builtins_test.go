package lower

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/vexlang/vex2go/frontend/load"
	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/types"
)

// TestBuiltins checks that every entry of the prelude table that can be
// called has a lowering, and that a golden case calls it: it type-checks
// every golden case and collects the entries that their calls resolve to.
func TestBuiltins(t *testing.T) {
	called := make(map[types.BuiltinID]bool)
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
			for _, c := range pkg.Info.Calls {
				called[c.Builtin()] = true
			}
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
