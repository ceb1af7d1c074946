package main

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestWatch runs vex2go watch in a temporary directory and changes its
// files: each change is followed by a build, a failed build by the next
// change, and a good build by the command.
func TestWatch(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeTree(t, dir, `
-- src/main.vx --
fn main() { println("one") }
`)
	cmd := vex2goCommand(t, dir, "watch", "src", "-o", "gen", "--cmd", "echo command ran")
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout, cmd.Stderr = w, w
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	defer func() {
		cmd.Process.Signal(os.Interrupt)
		if err := cmd.Wait(); err != nil {
			t.Errorf("watch ended with %v", err)
		}
		r.Close()
	}()
	lines := make(chan string)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(r)
		for sc.Scan() {
			lines <- sc.Text()
		}
	}()
	// await reads the output up to a line that matches re, and returns what
	// it read. The timeout only bounds a test that would hang: it is no
	// assertion of speed.
	await := func(re string) string {
		t.Helper()
		var b strings.Builder
		timeout := time.After(2 * time.Minute)
		for {
			select {
			case line, ok := <-lines:
				if !ok {
					t.Fatalf("watch ended; it printed:\n%s", b.String())
				}
				b.WriteString(line + "\n")
				if regexp.MustCompile(re).MatchString(line) {
					return b.String()
				}
			case <-timeout:
				t.Fatalf("no line matching %q; watch printed:\n%s", re, b.String())
			}
		}
	}
	generated := func(name string) string {
		t.Helper()
		data, err := os.ReadFile(filepath.Join(dir, "gen", name))
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}

	out := await(`^vex2go: echo command ran: ok; waiting for changes$`)
	if want := "vex2go: watching src for changes\nvex2go: build ok; running echo command ran\ncommand ran\n"; !strings.HasPrefix(out, want) {
		t.Errorf("first build printed:\n%s\nwant it to begin:\n%s", out, want)
	}
	if !strings.Contains(generated("main.vx.go"), `"one"`) {
		t.Errorf("gen/main.vx.go:\n%s", generated("main.vx.go"))
	}

	writeTree(t, dir, "-- src/main.vx --\nfn main() { println(1 + \"x\") }\n")
	out = await(`^vex2go: build failed; waiting for changes$`)
	if !strings.Contains(out, "src/main.vx:1:21: error: mismatched types") {
		t.Errorf("failed build printed:\n%s", out)
	}

	writeTree(t, dir, "-- src/main.vx --\nfn main() { println(\"two\") }\n")
	await(`^command ran$`)
	if !strings.Contains(generated("main.vx.go"), `"two"`) {
		t.Errorf("gen/main.vx.go:\n%s", generated("main.vx.go"))
	}

	// A new directory is watched as soon as it is made.
	writeTree(t, dir, "-- src/sub/deeper/d.vx --\nfn d() {}\n")
	for {
		await(`^command ran$`)
		if _, err := os.Stat(filepath.Join(dir, "gen", "sub", "deeper", "d.vx.go")); err == nil {
			break
		}
	}
	writeTree(t, dir, "-- src/sub/deeper/d.vx --\nfn d() { println(\"changed\") }\n")
	for !strings.Contains(generated("sub/deeper/d.vx.go"), "changed") {
		await(`^command ran$`)
	}
}
