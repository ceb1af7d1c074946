package lower_test

import (
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
	"github.com/vexlang/vex2go/gen"
	"github.com/vexlang/vex2go/lower"
)

// FuzzLower runs the whole pipeline on arbitrary input: whatever the
// checker accepts must lower without an internal error and print as Go
// without a panic, and the printer must be able to format it. The corpus
// starts with every single-file golden case.
func FuzzLower(f *testing.F) {
	cases, _ := filepath.Glob("../golden/testdata/*.txtar")
	for _, name := range cases {
		ar, err := txtar.ParseFile(name)
		if err != nil {
			continue
		}
		var vx []txtar.File
		for _, file := range ar.Files {
			if strings.HasSuffix(file.Name, ".vx") {
				vx = append(vx, file)
			}
		}
		if len(vx) == 1 {
			f.Add(vx[0].Data)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		fset := source.NewFileSet()
		var diags source.List
		file := syntax.ParseFile(fset, "main.vx", src, &diags)
		if diags.HasErrors() {
			return
		}
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
