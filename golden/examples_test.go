package golden

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestExamples runs every program under examples/ with `vex2go run` and
// compares what it prints with the stdout.golden file beside it.
func TestExamples(t *testing.T) {
	dirs, err := filepath.Glob("../examples/*")
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range dirs {
		want, err := os.ReadFile(filepath.Join(dir, "stdout.golden"))
		if err != nil {
			continue
		}
		t.Run(filepath.Base(dir), func(t *testing.T) {
			t.Parallel()
			cmd := exec.Command(vex2go, "run", dir)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			got, err := cmd.Output()
			if err != nil {
				t.Fatalf("vex2go run %s: %v\n%s", dir, err, stderr.Bytes())
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("output (-want +got):\n%s", diff)
			}
		})
	}
}
