package types_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// FuzzCheck runs the lexer, parser and checker on arbitrary input: they
// must report diagnostics, never panic or hang. The corpus starts with the
// checker's testdata and every .vx file of the golden cases.
func FuzzCheck(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/*.vx")
	for _, name := range seeds {
		if src, err := os.ReadFile(name); err == nil {
			f.Add(src)
		}
	}
	cases, _ := filepath.Glob("../../golden/testdata/*.txtar")
	for _, name := range cases {
		ar, err := txtar.ParseFile(name)
		if err != nil {
			continue
		}
		for _, file := range ar.Files {
			if strings.HasSuffix(file.Name, ".vx") {
				f.Add(file.Data)
			}
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		fset := source.NewFileSet()
		var diags source.List
		file := syntax.ParseFile(fset, "fuzz.vx", src, &diags)
		if diags.HasErrors() {
			return
		}
		types.Check(fset, []*syntax.File{file}, &diags)
		diags.Sort(fset)
	})
}
