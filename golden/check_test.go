package golden

import (
	"bytes"
	"context"
	"errors"
	"maps"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"
)

// check runs the program of the case, if vex2go accepted it, and compares
// the results with the expectations or, under -update, rewrites these.
func (c *testCase) check(t *testing.T, exe string) {
	if c.failure != "" {
		t.Fatal(c.failure)
	}
	got := map[string]string{"diagnostics": c.diags}
	if c.status == 0 {
		got["stdout"], got["stderr"], got["exit"] = c.run(t, exe)
		maps.Copy(got, c.out)
	}
	next := c.expectations(got)
	if *update {
		c.write(t, next)
		return
	}
	for _, name := range sectionOrder(c.want, next) {
		want, inWant := c.want[name]
		have, inNext := next[name]
		switch {
		case !inWant:
			t.Errorf("%s: missing section %q:\n%s", c.path, name, have)
		case !inNext && c.status == 1:
			t.Errorf("%s: section %q, but vex2go refused the case", c.path, name)
		case !inNext:
			t.Errorf("%s: section %q, but there is no such result", c.path, name)
		case have != want:
			t.Errorf("%s: section %q (-want +got):\n%s", c.path, name, cmp.Diff(want, have))
		}
	}
	if t.Failed() {
		t.Log("To accept the new results: go test ./golden -run 'TestGolden/^" + c.name + "$' -update")
	}
}

// checkRuns checks a program of the corpus or of examples/: vex2go
// accepts it, its Go builds and passes vet, and the program exits with
// status 0. What a program of the corpus prints is not compared, as the
// corpus pins the Vex that is accepted; an example prints its
// stdout.golden.
func (c *testCase) checkRuns(t *testing.T, exe string) {
	if c.failure != "" {
		t.Fatalf("%s: %s", c.path, c.failure)
	}
	if c.status != 0 {
		t.Fatalf("%s: vex2go refuses it:\n%s", c.path, c.diags)
	}
	stdout, stderr, exit := c.run(t, exe)
	if exit != "0" {
		t.Fatalf("%s: exit status %s\n%s", c.path, exit, stderr)
	}
	if want, ok := c.want["stdout"]; ok {
		if got := normalize("stdout", stdout); got != want {
			t.Errorf("%s: standard output (-want +got):\n%s", c.path, cmp.Diff(want, got))
		}
	}
}

// run runs the program of the case, which the executable exe of buildAll
// holds, in an empty directory, and returns its standard output, standard
// error and exit status.
func (c *testCase) run(t *testing.T, exe string) (stdout, stderr, exit string) {
	ctx, cancel := context.WithTimeout(context.Background(), runTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, exe)
	cmd.Dir = t.TempDir()
	cmd.Env = append(os.Environ(), caseEnv+"="+c.name)
	// SIGQUIT makes a Go program print its goroutines, which tells why it
	// hangs; WaitDelay kills it if that is not enough.
	cmd.Cancel = func() error { return cmd.Process.Signal(syscall.SIGQUIT) }
	cmd.WaitDelay = time.Second
	var out, errOut strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("timed out after %v\nstdout:\n%s\nstderr:\n%s", runTimeout, out.String(), errOut.String())
	}
	var exitErr *exec.ExitError
	if err != nil && !errors.As(err, &exitErr) {
		t.Fatal(err)
	}
	return out.String(), errOut.String(), strconv.Itoa(cmd.ProcessState.ExitCode())
}

// expectations returns the expectation sections that the case should have
// for the results got: a section for each result that the case has a
// section for or that is not the default, and out/ sections only if the
// case has some.
func (c *testCase) expectations(got map[string]string) map[string]string {
	hasOut := false
	for name := range c.want {
		hasOut = hasOut || isOut(name)
	}
	next := map[string]string{}
	for name, text := range got {
		text = normalize(name, text)
		_, had := c.want[name]
		keep := had || name == "stdout" || text != normalize(name, defaults[name])
		if isOut(name) {
			keep = hasOut
		}
		if keep {
			next[name] = text
		}
	}
	return next
}

// defaults holds the results that a case need not spell out.
var defaults = map[string]string{"diagnostics": "", "stderr": "", "exit": "0"}

// isOut reports whether a section holds a generated Go file.
func isOut(name string) bool { return strings.HasPrefix(name, "out/") }

// noEOL marks the end of a text without a final newline, which txtar alone
// cannot tell from one with a newline.
const noEOL = "\\ no newline at end\n"

// normalize returns the text of the section name in the form kept in the
// archives: the exit status alone on its line, standard error cut at its
// first goroutine trace, any other text marked if it lacks a final newline.
func normalize(name, text string) string {
	switch name {
	case "exit":
		return strings.TrimSpace(text) + "\n"
	case "stderr":
		if i := strings.Index("\n"+text, "\ngoroutine "); i >= 0 {
			text = strings.TrimRight(text[:i], "\n")
			if text != "" {
				text += "\n"
			}
		}
	}
	if text != "" && !strings.HasSuffix(text, "\n") {
		text += "\n" + noEOL
	}
	return text
}

// sectionOrder returns the names of the sections of the maps in the order
// of the archives: diagnostics, the out/ files, stdout, stderr and exit.
func sectionOrder(sections ...map[string]string) []string {
	var names []string
	for _, m := range sections {
		for name := range m {
			if !slices.Contains(names, name) {
				names = append(names, name)
			}
		}
	}
	slices.SortFunc(names, func(a, b string) int {
		if ra, rb := rank(a), rank(b); ra != rb {
			return ra - rb
		}
		return strings.Compare(a, b)
	})
	return names
}

// rank orders the kinds of sections.
func rank(name string) int {
	switch name {
	case "diagnostics":
		return 0
	case "stdout":
		return 2
	case "stderr":
		return 3
	case "exit":
		return 4
	}
	return 1 // out/
}

// write rewrites the archive of the case with the expectations next,
// keeping its comment and inputs.
func (c *testCase) write(t *testing.T, next map[string]string) {
	files := append(slices.Clone(c.inputs), c.gomod...)
	for _, name := range sectionOrder(next) {
		files = append(files, txtar.File{Name: name, Data: []byte(next[name])})
	}
	data := txtar.Format(&txtar.Archive{Comment: c.archive.Comment, Files: files})
	if old, err := os.ReadFile(c.path); err == nil && bytes.Equal(old, data) {
		return
	}
	if err := os.WriteFile(c.path, data, 0o666); err != nil {
		t.Fatal(err)
	}
	t.Logf("updated %s", c.path)
}
