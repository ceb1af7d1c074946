package types_test

import (
	"strings"
	"testing"

	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// TestAsyncUses checks what the checker records of the uses of each async
// function, from which the lowering decides, as it lowers the function,
// whether its body runs without a future.
func TestAsyncUses(t *testing.T) {
	const src = `
async fn awaited(x: i64): i64 { x }
async fn kept(x: i64): i64 { x }
async fn value(x: i64): i64 { x }
async fn both(x: i64): i64 { x }
async fn never(x: i64): i64 { x }
struct Job { id: i64 }
async fn Job.run(id: i64): i64 { id }

async fn main() {
    let a = await awaited(1) + await (awaited(2))
    let f = kept(3)
    let g = value
    let b = await both(4)
    let h = spawn(both(5))
    let c = await Job.run(6)
    println(a, await f, await g(7), b, await h, c)
}
`
	fset := source.NewFileSet()
	var diags source.List
	file := syntax.ParseFile(fset, "main.vx", []byte(src), &diags)
	pkg := types.Check(fset, []*syntax.File{file}, &diags)
	if diags.HasErrors() {
		var b strings.Builder
		diags.Print(&b, fset)
		t.Fatal(b.String())
	}
	uses := make(map[string]types.AsyncUse)
	for fn, u := range pkg.Info.AsyncUses {
		uses[fn.Name()] = u
	}
	for name, want := range map[string]types.AsyncUse{
		"awaited": types.AwaitedCall,
		"kept":    types.OtherUse,
		"value":   types.OtherUse,
		"both":    types.AwaitedCall | types.OtherUse,
		"never":   0,
		"run":     types.AwaitedCall,
	} {
		if got := uses[name]; got != want {
			t.Errorf("%s: uses %b, want %b", name, got, want)
		}
	}
}
