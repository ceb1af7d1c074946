package types_test

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/vexlang/vex2go/frontend/format/formattest"
	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// corpusDir holds the parse-agreement corpus of the syntax package: Vex as
// the Vex team writes it.
const corpusDir = "../syntax/testdata/vex"

// refusedComment matches the expectation of a corpus line: the checker
// refuses it with an error whose message contains the text.
var refusedComment = regexp.MustCompile(`// refused: (.*)$`)

// TestCorpus checks the parse-agreement corpus, which syntax.TestCorpus
// parses: the checker must not fail on any of it; in the out_of_scope_*
// files it must refuse each line marked "// refused: X" with an error that
// names X, and report nothing else.
func TestCorpus(t *testing.T) {
	paths, err := formattest.CorpusFiles(corpusDir)
	if err != nil || len(paths) == 0 {
		t.Fatalf("no corpus: %v", err)
	}
	for _, path := range paths {
		name, _ := filepath.Rel(corpusDir, path)
		t.Run(filepath.ToSlash(name), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			fset := source.NewFileSet()
			var diags source.List
			f := syntax.ParseFile(fset, path, src, &diags)
			if diags.HasErrors() {
				t.Fatalf("syntax errors: see syntax.TestCorpus")
			}
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
