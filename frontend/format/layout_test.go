package format

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the .golden files of testdata from the formatter")

// TestLayout formats each testdata/NAME.input and compares the result with
// testdata/NAME.golden, which pins the layout that docs/language.md
// describes; -update rewrites the golden files. Each golden file must also
// be formatted as it is.
func TestLayout(t *testing.T) {
	inputs, err := filepath.Glob("testdata/*.input")
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no inputs: %v", err)
	}
	for _, in := range inputs {
		name := strings.TrimSuffix(in, ".input")
		t.Run(filepath.Base(name), func(t *testing.T) {
			src, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			checkFormat(t, in, src)
			got, err := Source(in, src)
			if err != nil {
				t.Fatal(err)
			}
			golden := name + ".golden"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != string(want) {
				t.Errorf("formatted %s:\n%s\nwant:\n%s", in, got, want)
			}
		})
	}
}
