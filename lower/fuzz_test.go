package lower_test

import (
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

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
	for _, src := range longSeeds() {
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

// longSeeds returns long and deep programs that vex2go accepts, for the
// fuzzer to mutate around the bounds of each phase.
func longSeeds() []string {
	const n = 5000
	rep := strings.Repeat
	return []string{
		"fn main() { let a = 1; let x = a" + rep(" + a", n) + "; println(x) }",
		"fn main() { let x: i64 = 1" + rep(" * 1", n) + "; println(x) }",
		"fn main() { let b = true; let x = b" + rep(" && b", n) + "; println(x) }",
		"fn main() { let x = " + rep("(", n) + "1" + rep(")", n) + "; println(x) }",
		"fn main() { let s = \"ab\"" + rep(" + \"ab\"", n/2) + "; println(s) }",
		"fn main() { let x = 1; " + rep("if x > 0 { ", n/10) + "println(x) " + rep("} ", n/10) + "}",
		"fn main() { let v = " + rep("Some(", n/10) + "1" + rep(")", n/10) + "; println(v) }",
		"fn main() { let x = 1; " + rep("println(x); ", n) + "}",
		rep("fn f() { }\n", 1) + "fn main() {\n" + rep("    f()\n", n) + "}",
	}
}
