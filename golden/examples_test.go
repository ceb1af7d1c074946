package golden

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestReadmeRun runs the first command of the README, vex2go run on
// examples/seed, and compares what it prints with its stdout.golden.
// TestGolden runs every example as a program of the module of the cases
// (loadExamples); this test is the command a new user types.
func TestReadmeRun(t *testing.T) {
	dir := filepath.Join(examplesDir, "seed")
	want, err := os.ReadFile(filepath.Join(dir, "stdout.golden"))
	if err != nil {
		t.Fatal(err)
	}
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
}
