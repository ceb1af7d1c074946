package types_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// TestCheckPartialTrees checks what an editor checks while the user
// types: every seventh prefix of the checker's testdata and of the
// parse-agreement corpus, and each of them without one of its lines. The
// trees have Bad nodes and missing pieces; the checker must not panic.
func TestCheckPartialTrees(t *testing.T) {
	seeds, _ := filepath.Glob("testdata/*.vx")
	corpus, _ := filepath.Glob("../syntax/testdata/vex/*.vx")
	for _, name := range append(seeds, corpus...) {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		var inputs []string
		for i := 0; i < len(src); i += 7 {
			inputs = append(inputs, string(src[:i]))
		}
		lines := strings.SplitAfter(string(src), "\n")
		for i := range lines {
			inputs = append(inputs, strings.Join(lines[:i], "")+strings.Join(lines[i+1:], ""))
		}
		for _, in := range inputs {
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Fatalf("%s: the checker panicked on\n%s\n%v", name, in, r)
					}
				}()
				fset := source.NewFileSet()
				var diags source.List
				f := syntax.ParseFile(fset, name, []byte(in), &diags)
				types.Check(fset, []*syntax.File{f}, &diags)
			}()
		}
	}
}
