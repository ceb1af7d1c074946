package syntax_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vexlang/vex2go/frontend/format/formattest"
	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
)

// TestCorpus is the parse-agreement test: testdata/vex holds Vex as the
// Vex team writes it, from the spec's and the seed page's examples and
// programs in their style, and vex2go must parse all of it, as the Vex
// parser does, into nodes whose spans nest. What the checker makes of it
// is types.TestCorpus's; every file but the out_of_scope_* files, and
// each directory, is a program that the golden tests transpile, build and
// run (golden.loadCorpus).
func TestCorpus(t *testing.T) {
	paths, err := formattest.CorpusFiles("testdata/vex")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no corpus: %v", err)
	}
	for _, path := range paths {
		name, _ := filepath.Rel("testdata/vex", path)
		t.Run(filepath.ToSlash(name), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			fset := source.NewFileSet()
			var diags source.List
			f := syntax.ParseFile(fset, path, src, &diags)
			if diags.HasErrors() {
				var b strings.Builder
				diags.Print(&b, fset)
				t.Fatalf("syntax errors:\n%s", b.String())
			}
			checkSpans(t, fset, f)
		})
	}
}

// checkSpans checks that every node has a span inside its parent's.
func checkSpans(t *testing.T, fset *source.FileSet, f *syntax.File) {
	var stack []syntax.Node
	syntax.Inspect(f, func(n syntax.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		if !n.Pos().IsValid() || n.End() < n.Pos() {
			t.Errorf("%T has span %d-%d", n, n.Pos(), n.End())
		}
		if len(stack) > 0 {
			if parent := stack[len(stack)-1]; n.Pos() < parent.Pos() || n.End() > parent.End() {
				t.Errorf("%T at %s lies outside its parent %T at %s-%s", n,
					fset.Position(n.Pos()), parent, fset.Position(parent.Pos()), fset.Position(parent.End()))
			}
		}
		stack = append(stack, n)
		return true
	})
}
