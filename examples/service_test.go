// Package examples tests the example service, a Go module of its own
// (examples/service), which the repository's go test ./... does not
// otherwise reach. The programs beside it are run by golden's TestGolden.
package examples

import (
	"bytes"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/vexlang/vex2go/golden/workdir"

	// Compiled by go test before this test runs the go command.
	_ "github.com/vexlang/vex2go/golden/buildfirst"
)

// service is the directory of the example service.
const service = "service"

// TestService runs in examples/service what a Go team runs in its
// repository, with the go command alone: go generate (which runs go tool
// vex2go, from the tool directive of its go.mod), go build, go vet and go
// test. Regenerating must change nothing under gen/, which is committed so
// that go build works without vex2go, and go.mod must stay tidy.
//
// TestService and TestMigration do not run in parallel: from a cold build
// cache, the first compiles the standard library packages that both need
// (net/http and what it imports), and the second finds them compiled.
func TestService(t *testing.T) {
	before := readTree(t, filepath.Join(service, "gen"))
	for _, args := range [][]string{
		{"generate", "./..."},
		{"build", "./..."},
		{"vet", "./..."},
		{"test", "./..."},
		{"mod", "tidy", "-diff"},
		{"tool", "vex2go", "build", "--check", "./vex", "-o", "./gen"},
	} {
		goCommand(t, service, args...)
	}
	after := readTree(t, filepath.Join(service, "gen"))
	if changed := changedFiles(before, after); len(changed) > 0 {
		t.Errorf("go generate changed %s; commit what it generates", strings.Join(changed, ", "))
	}
}

// The import of the package text in vex/tasks/task.vx while text is Vex,
// and once it is Go: the one line of Vex that the migration changes.
const (
	vexImport = `import { slugify, normalize_tags } from "../text"`
	goImport  = `import { Slugify as slugify, NormalizeTags as normalize_tags } from "go:example.com/service/gen/text"`
)

// TestMigration moves the package text of the example from Vex to Go and
// back, as the README walks through it, in a copy of the example: the Go
// twin in testdata/migrate/text.go replaces vex/text and its generated
// code, the one Vex package that imports it changes its import line, and
// the service, whose Go code is left as it is, builds, vets and passes its
// tests. Moving the package back to Vex gives the committed gen/ again,
// byte for byte.
func TestMigration(t *testing.T) {
	repo, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	// The copy is in a directory that stays from one run to the next, where
	// the go command finds compiled what an earlier run compiled.
	work, release, err := workdir.Acquire(repo, "examples")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(release)
	dir := filepath.Join(work, "service")
	remove(t, dir)
	copyTree(t, service, dir, "vex", "gen", "testdata")
	goCommand(t, dir, "mod", "edit", "-replace", "github.com/vexlang/vex2go="+repo)
	original := readTree(t, filepath.Join(dir, "gen"))
	vexText := readTree(t, filepath.Join(dir, "vex", "text"))

	// To Go: the twin takes the place of the generated package.
	remove(t, filepath.Join(dir, "vex", "text"))
	remove(t, filepath.Join(dir, "gen", "text", "text.vx.go"))
	twin, err := os.ReadFile(filepath.Join(dir, "testdata", "migrate", "text.go"))
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "gen", "text", "text.go"), twin)
	replaceLine(t, filepath.Join(dir, "vex", "tasks", "task.vx"), vexImport, goImport)
	for _, args := range [][]string{{"generate", "./..."}, {"build", "./..."}, {"vet", "./..."}, {"test", "./..."}} {
		goCommand(t, dir, args...)
	}
	inGo := readTree(t, filepath.Join(dir, "gen"))
	if changed := changedFiles(original, inGo); strings.Join(changed, " ") != "text/text.go text/text.vx.go" {
		t.Errorf("in Go, the generated files that changed are %s, want text/text.go and text/text.vx.go only", strings.Join(changed, ", "))
	}

	// And back to Vex.
	remove(t, filepath.Join(dir, "gen", "text", "text.go"))
	for name, data := range vexText {
		write(t, filepath.Join(dir, "vex", "text", name), data)
	}
	replaceLine(t, filepath.Join(dir, "vex", "tasks", "task.vx"), goImport, vexImport)
	goCommand(t, dir, "generate", "./...")
	if changed := changedFiles(original, readTree(t, filepath.Join(dir, "gen"))); len(changed) > 0 {
		t.Errorf("back in Vex, the generated files differ from the committed ones: %s", strings.Join(changed, ", "))
	}
}

// goCommand runs the go command in dir, outside any workspace and with
// go.mod read-only, and fails the test if it fails. It may download: go mod
// tidy reads the go.mod files of the tests of the service's dependencies,
// which go test ./... in the repository has not needed on a fresh machine.
func goCommand(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=readonly")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go %s in %s: %v\n%s", strings.Join(args, " "), dir, err, out)
	}
}

// readTree returns the contents of the files below dir, by path relative
// to dir with slashes.
func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := make(map[string][]byte)
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		files[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// changedFiles returns the sorted paths of the files that were added,
// removed or changed between two readTree results.
func changedFiles(before, after map[string][]byte) []string {
	var changed []string
	for _, path := range slices.Sorted(maps.Keys(before)) {
		if data, ok := after[path]; !ok || !bytes.Equal(data, before[path]) {
			changed = append(changed, path)
		}
	}
	for path := range after {
		if _, ok := before[path]; !ok {
			changed = append(changed, path)
		}
	}
	slices.Sort(changed)
	return changed
}

// copyTree copies the files of src that a build of the module needs, its
// top-level files and the directories dirs, to dst.
func copyTree(t *testing.T, src, dst string, dirs ...string) {
	t.Helper()
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() && !slices.Contains(dirs, e.Name()) {
			continue
		}
		err := filepath.WalkDir(filepath.Join(src, e.Name()), func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			rel, err := filepath.Rel(src, path)
			if err == nil {
				write(t, filepath.Join(dst, rel), data)
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

func write(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o666); err != nil {
		t.Fatal(err)
	}
}

func remove(t *testing.T, path string) {
	t.Helper()
	if err := os.RemoveAll(path); err != nil {
		t.Fatal(err)
	}
}

// replaceLine replaces the line old of the file at path by new.
func replaceLine(t *testing.T, path, old, new string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	src := string(data)
	if strings.Count(src, old+"\n") != 1 {
		t.Fatalf("%s has no line %s", path, old)
	}
	write(t, path, []byte(strings.Replace(src, old+"\n", new+"\n", 1)))
}
