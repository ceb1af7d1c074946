package types_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// literalChain returns a program whose main prints the sum of n integer
// literals: one long chain of + that the checker folds to a constant.
func literalChain(n int) []byte {
	var b strings.Builder
	b.WriteString("fn main() {\n    let x: i64 = 1")
	for i := 1; i < n; i++ {
		b.WriteString(" + 1")
	}
	b.WriteString("\n    println(x)\n}\n")
	return []byte(b.String())
}

// BenchmarkCheckLiteralChain checks chains of 1,000 and 9,000 literals,
// the longest the parser's nesting limit admits. Each expression is folded
// once, so the time per byte does not grow with the length of the chain
// (issue 11: it used to be quadratic).
func BenchmarkCheckLiteralChain(b *testing.B) {
	for _, n := range []int{1000, 9000} {
		src := literalChain(n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				fset := source.NewFileSet()
				var diags source.List
				f := syntax.ParseFile(fset, "main.vx", src, &diags)
				types.Check(fset, []*syntax.File{f}, &diags)
				if diags.HasErrors() {
					b.Fatal(diags.Diags[0].Msg)
				}
			}
		})
	}
}
