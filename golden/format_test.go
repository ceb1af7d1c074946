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
//
// One vex2go fmt -l lists the inputs of all the cases that are not
// formatted, written side by side in a directory, one per case.
func TestFormatted(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "*.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	archives := make([]*txtar.Archive, len(paths))
	var inputs []string // by path relative to dir, with slashes
	for i, path := range paths {
		if archives[i], err = txtar.ParseFile(path); err != nil {
			t.Fatal(err)
		}
		for _, f := range archives[i].Files {
			if !strings.HasSuffix(f.Name, ".vx") {
				continue
			}
			input := caseOfArchive(path) + "/" + f.Name
			file := filepath.Join(dir, filepath.FromSlash(input))
			if err := os.MkdirAll(filepath.Dir(file), 0o777); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(file, f.Data, 0o666); err != nil {
				t.Fatal(err)
			}
			inputs = append(inputs, input)
		}
	}
	// vex2go fmt -l lists the files that it would change, and exits with
	// status 1 if it lists one or if one does not parse, which it reports
	// on standard error.
	cmd := exec.Command(vex2go, append([]string{"fmt", "-l"}, inputs...)...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if exit := (*exec.ExitError)(nil); err != nil && (!errors.As(err, &exit) || exit.ExitCode() != 1) {
		t.Fatalf("vex2go fmt -l: %v\n%s", err, stderr.Bytes())
	}
	unformatted := map[string]bool{}
	for _, line := range strings.Fields(string(out)) {
		unformatted[filepath.ToSlash(line)] = true
	}
	for i, path := range paths {
		t.Run(caseOfArchive(path), func(t *testing.T) {
			formatArchive(t, path, archives[i], unformatted)
		})
	}
}

// caseOfArchive returns the name of the case of the archive at path.
func caseOfArchive(path string) string { return strings.TrimSuffix(filepath.Base(path), ".txtar") }

// formatArchive reports the inputs of the archive a at path that
// unformatted holds, or formats them under -update.
func formatArchive(t *testing.T, path string, a *txtar.Archive, unformatted map[string]bool) {
	changed := false
	for i, f := range a.Files {
		if !unformatted[caseOfArchive(path)+"/"+f.Name] {
			continue
		}
		if !*update {
			t.Errorf("%s: %s is not formatted; run go test ./golden -run TestFormatted -update, then go test ./golden -update", path, f.Name)
			continue
		}
		cmd := exec.Command(vex2go, "fmt")
		cmd.Stdin = bytes.NewReader(f.Data)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("%s: %s: vex2go fmt: %v\n%s", path, f.Name, err, stderr.Bytes())
		}
		a.Files[i].Data = out
		changed = true
	}
	if changed {
		if err := os.WriteFile(path, txtar.Format(a), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
