package syntax_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// refusedComment matches the expectation of a corpus line: the checker
// refuses it with an error whose message contains the text.
var refusedComment = regexp.MustCompile(`// refused: (.*)$`)

// TestCorpus is the parse-agreement test: testdata/vex holds Vex as the
// Vex team writes it, from the spec's and the seed page's examples and
// programs in their style, and vex2go must parse all of it, as the Vex
// parser does, into nodes whose spans nest. The checker must not fail on
// any of it; in the out_of_scope_* files it must refuse each line marked
// "// refused: X" with an error that names X, and report nothing else.
// Every other file, and each directory, is a program that the golden
// tests transpile, build and run (golden.loadCorpus).
func TestCorpus(t *testing.T) {
	var paths []string
	err := filepath.WalkDir("testdata/vex", func(path string, d fs.DirEntry, err error) error {
		if err == nil && filepath.Ext(path) == ".vx" {
			paths = append(paths, path)
		}
		return err
	})
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
			types.Check(fset, []*syntax.File{f}, &diags)
			if !strings.HasPrefix(filepath.Base(path), "out_of_scope_") {
				return
			}
			want := map[int]string{}
			for i, line := range strings.Split(string(src), "\n") {
				if m := refusedComment.FindStringSubmatch(line); m != nil {
					want[i+1] = m[1]
				}
			}
			var got []int
			for _, d := range diags.Diags {
				line := fset.Position(d.Pos).Line
				got = append(got, line)
				if feature, ok := want[line]; !ok || !strings.Contains(d.Msg, feature) || !strings.Contains(d.Msg, "not supported") {
					t.Errorf("%s: %s (want %q)", fset.Position(d.Pos), d.Msg, feature)
				}
			}
			for line, feature := range want {
				if !slices.Contains(got, line) {
					t.Errorf("%s:%d: %s is not refused", path, line, feature)
				}
			}
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
