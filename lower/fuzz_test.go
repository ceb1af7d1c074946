package lower_test

import (
	"testing"

	"github.com/vexlang/vex2go/frontend/format/formattest"
	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
	"github.com/vexlang/vex2go/gen"
	"github.com/vexlang/vex2go/lower"
)

// FuzzLower runs the whole pipeline on arbitrary input: whatever the
// checker accepts must lower without an internal error and print as Go
// without a panic, and the printer must be able to format it; the tree
// must make the round trip of the formatter. The corpus starts with every
// single-file golden case and long and deep programs.
func FuzzLower(f *testing.F) {
	for _, vx := range formattest.GoldenPrograms("../golden/testdata") {
		if len(vx) == 1 {
			f.Add(vx[0])
		}
	}
	for _, src := range formattest.DeepPrograms(2000) {
		f.Add([]byte(src))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		fset := source.NewFileSet()
		var diags source.List
		file := syntax.ParseFile(fset, "main.vx", src, &diags)
		if diags.HasErrors() {
			return
		}
		formattest.RoundTrip(t, fset, file)
		pkg := types.Check(fset, []*syntax.File{file}, &diags)
		if diags.HasErrors() {
			return
		}
		name := "lib"
		if pkg.Main != nil {
			name = "main"
		}
		ir := lower.Lower(fset, pkg, lower.Options{PkgName: name}, &diags)
		if diags.HasErrors() {
			diags.Sort(fset)
			t.Fatalf("the lowering of an accepted program failed: %s", diags.Diags[0].Msg)
		}
		for _, gf := range ir.Files {
			if _, err := gen.File(name, gf, gen.Options{}); err != nil {
				t.Fatalf("accepted program does not print as Go: %v", err)
			}
		}
	})
}
