package types_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// errorComment matches the expectation comments of testdata files:
// /* ERROR "regexp" */ expects an error on its line whose message matches,
// /* WARNING "regexp" */ a warning.
var errorComment = regexp.MustCompile(`/\* (ERROR|WARNING) ("(?:[^"\\]|\\.)*") \*/`)

type expectation struct {
	severity source.Severity
	re       *regexp.Regexp
}

// TestCheck type-checks each testdata/*.vx file and compares the
// diagnostics with the file's ERROR and WARNING comments, line by line.
func TestCheck(t *testing.T) {
	files, err := filepath.Glob("testdata/*.vx")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for _, name := range files {
		t.Run(filepath.Base(name), func(t *testing.T) {
			src, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			want := expectations(t, src)
			fset := source.NewFileSet()
			var diags source.List
			f := syntax.ParseFile(fset, name, src, &diags)
			if diags.HasErrors() {
				diags.Print(os.Stderr, fset)
				t.Fatal("syntax errors")
			}
			types.Check(fset, []*syntax.File{f}, &diags)
			for _, d := range diags.Diags {
				line := fset.Position(d.Pos).Line
				exps := want[line]
				matched := -1
				for i, e := range exps {
					if e.severity == d.Severity && e.re.MatchString(d.Msg) {
						matched = i
						break
					}
				}
				if matched < 0 {
					t.Errorf("%s: unexpected %s: %s", fset.Position(d.Pos), d.Severity, d.Msg)
					continue
				}
				want[line] = append(exps[:matched], exps[matched+1:]...)
			}
			for line, exps := range want {
				for _, e := range exps {
					t.Errorf("%s:%d: missing %s matching %q", name, line, e.severity, e.re)
				}
			}
		})
	}
}

func expectations(t *testing.T, src []byte) map[int][]expectation {
	want := make(map[int][]expectation)
	for i, line := range strings.Split(string(src), "\n") {
		for _, m := range errorComment.FindAllStringSubmatch(line, -1) {
			pattern, err := strconv.Unquote(m[2])
			if err != nil {
				t.Fatalf("line %d: bad pattern %s", i+1, m[2])
			}
			sev := source.Error
			if m[1] == "WARNING" {
				sev = source.Warning
			}
			want[i+1] = append(want[i+1], expectation{sev, regexp.MustCompile(pattern)})
		}
	}
	return want
}
