package golden

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// TestFormatted checks that the input of every case is formatted as
// vex2go fmt formats it, except inputs that do not parse: the golden cases
// are kept in the canonical layout, as CI checks the examples with
// vex2go fmt -l. With -update, it formats them. Formatting moves the
// positions in the expectations: run go test ./golden -update after it.
func TestFormatted(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "*.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range paths {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txtar"), func(t *testing.T) {
			t.Parallel()
			formatArchive(t, path)
		})
	}
}

// formatArchive checks that the inputs of the archive at path are
// formatted, or formats them under -update.
func formatArchive(t *testing.T, path string) {
	a, err := txtar.ParseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	changed := false
	for i, f := range a.Files {
		if !strings.HasSuffix(f.Name, ".vx") {
			continue
		}
		cmd := exec.Command(vex2go, "fmt")
		cmd.Stdin = bytes.NewReader(f.Data)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		var exit *exec.ExitError
		switch {
		case errors.As(err, &exit) && exit.ExitCode() == 1:
			continue // a case of syntax errors
		case err != nil:
			t.Fatalf("%s: %s: vex2go fmt: %v\n%s", path, f.Name, err, stderr.Bytes())
		case bytes.Equal(out, f.Data):
			continue
		case *update:
			a.Files[i].Data = out
			changed = true
		default:
			t.Errorf("%s: %s is not formatted; run go test ./golden -run TestFormatted -update, then go test ./golden -update", path, f.Name)
		}
	}
	if changed {
		if err := os.WriteFile(path, txtar.Format(a), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
