package lower_test

import (
	"strings"
	"testing"

	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
	"github.com/vexlang/vex2go/lower"
)

// TestInternalError checks that a construct the lowering cannot spell is an
// error at its .vx position, not Go that fails to build: here a call that
// the checker's record no longer describes.
func TestInternalError(t *testing.T) {
	const src = "fn main() {\n    println(1)\n}\n"
	fset := source.NewFileSet()
	var diags source.List
	f := syntax.ParseFile(fset, "main.vx", []byte(src), &diags)
	pkg := types.Check(fset, []*syntax.File{f}, &diags)
	if diags.HasErrors() {
		t.Fatal(diags.Diags[0].Msg)
	}
	for e := range pkg.Info.Calls {
		delete(pkg.Info.Calls, e)
	}
	lower.Lower(fset, pkg, lower.Options{PkgName: "main"}, &diags)
	var got []string
	for _, d := range diags.Diags {
		got = append(got, fset.Position(d.Pos).String()+": "+d.Msg)
	}
	const want = "main.vx:2:5: internal error: the checker recorded nothing for this call — please report"
	if len(got) != 1 || got[0] != want {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
	}
}
