package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRun(t *testing.T) {
	t.Parallel()
	// The program echoes its arguments and standard input, and exits with
	// status 3. It imports the runtime to show that the copy built into
	// vex2go serves outside this repository.
	const tree = `
-- prog/main.vx --
fn main() {}
/*go
package main

import (
	"fmt"
	"io"
	"os"

	_ "github.com/vexlang/vex2go/vexrt"
)

func main() {
	in, _ := io.ReadAll(os.Stdin)
	fmt.Printf("args %q, stdin %q\n", os.Args[1:], in)
	fmt.Fprintln(os.Stderr, "to stderr")
	os.Exit(3)
}
*/
-- ok.vx --
fn main() {}
-- bad.vx --
fn main() {}
// ERROR boom
-- lib.vx --
async fn twice(n: i64): i64 { n * 2 }
`
	tests := []struct {
		name           string
		args           []string
		status         int
		stdout, stderr string
	}{
		{
			name:   "file",
			args:   []string{"run", "prog/main.vx", "--", "-x", "y"},
			status: 3,
			stdout: `args ["-x" "y"], stdin "input"` + "\n",
			stderr: "to stderr\n",
		},
		{name: "directory", args: []string{"run", "prog"}, status: 3, stdout: `args [], stdin "input"` + "\n", stderr: "to stderr\n"},
		{name: "success", args: []string{"run", "ok.vx"}},
		{name: "error", args: []string{"run", "bad.vx"}, status: 1, stderr: "bad.vx:2:1: error: boom\n    // ERROR boom\n    ^^^^^^^^^^^^^\n"},
		{name: "no main", args: []string{"run", "lib.vx"}, status: 1, stderr: "lib.vx:1:1: error: no main function to run: a program declares fn main() or async fn main()\n    async fn twice(n: i64): i64 { n * 2 }\n    ^\n"},
	}
	// The temporary directories of run and the go command go here, to show
	// that run leaves none; run keeps the program in the cache directory.
	tmp := t.TempDir()
	env := []string{"TMPDIR=" + tmp}
	dir := t.TempDir() // outside this module
	writeTree(t, dir, tree)
	files := readTree(t, dir)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, status := runVex2goEnv(t, env, dir, "input", tt.args...)
			if status != tt.status || stdout != tt.stdout || stderr != tt.stderr {
				t.Errorf("exit status %d, stdout %q, stderr %q\nwant exit status %d, stdout %q, stderr %q",
					status, stdout, stderr, tt.status, tt.stdout, tt.stderr)
			}
			assertDir(t, tmp)
			if diff := cmp.Diff(files, readTree(t, dir)); diff != "" {
				t.Errorf("run changed the working directory (-before +after):\n%s", diff)
			}
		})
	}
}

// TestRunGoModule runs a program whose go: imports name a package of the
// module above it and a module that its go.mod replaces by a directory:
// run's temporary module resolves them as the checker did, from any
// directory and without the network.
func TestRunGoModule(t *testing.T) {
	t.Parallel()
	const tree = `
-- greet/go.mod --
module example.com/greet

go 1.22
-- greet/greet.go --
package greet

func Hello(name string) string { return "hello, " + name }
-- app/go.mod --
module example.com/app

go 1.22

require example.com/greet v0.0.0

replace example.com/greet => ../greet
-- app/util/util.go --
package util

func Twice(n int) int { return 2 * n }
-- app/cmd/main.vx --
import * as greet from "go:example.com/greet"
import { Twice } from "go:example.com/app/util"
import * as strings from "go:strings"

fn main() {
    println(strings.ToUpper(greet.Hello("vex")), Twice(21))
}
`
	dir := t.TempDir()
	writeTree(t, dir, tree)
	elsewhere := t.TempDir()
	stdout, stderr, status := runVex2go(t, elsewhere, "", "run", filepath.Join(dir, "app", "cmd", "main.vx"))
	if status != 0 || stdout != "HELLO, VEX 42\n" {
		t.Errorf("exit status %d, stdout %q, stderr %q", status, stdout, stderr)
	}
	gomod, err := os.ReadFile(filepath.Join(dir, "app", "go.mod"))
	if err != nil || strings.Count(string(gomod), "require") != 1 {
		t.Errorf("run changed the module's go.mod:\n%s", gomod)
	}
}

// TestRunCached runs a program twice: the second run finds it built and
// linked in vex2go's cache directory, and a change of the program builds
// it again. The go command touches an executable that is up to date and
// renames a new one into place, so a new link gives a new file.
func TestRunCached(t *testing.T) {
	t.Parallel()
	env, cache := runCacheEnv(t)
	dir := t.TempDir()
	writeTree(t, dir, "-- main.vx --\nfn main() { println(\"one\") }\n")
	exe := func() os.FileInfo {
		exes, err := filepath.Glob(filepath.Join(cache, "vex2go", "run", "*", "bin", "main*"))
		if err != nil || len(exes) != 1 {
			t.Fatalf("executables in the cache: %v, %v", exes, err)
		}
		fi, err := os.Stat(exes[0])
		if err != nil {
			t.Fatal(err)
		}
		return fi
	}
	var before os.FileInfo
	for i, want := range []string{"one\n", "one\n", "two\n"} {
		if i == 2 {
			writeTree(t, dir, "-- main.vx --\nfn main() { println(\"two\") }\n")
		}
		stdout, stderr, status := runVex2goEnv(t, env, dir, "", "run", "main.vx")
		if status != 0 || stdout != want {
			t.Fatalf("run %d: exit status %d, stdout %q, stderr %q; want stdout %q", i, status, stdout, stderr, want)
		}
		after := exe()
		if relinked := before == nil || !os.SameFile(before, after); i > 0 && relinked != (i == 2) {
			t.Errorf("run %d: executable linked again: %v", i, relinked)
		}
		before = after
	}
}

// TestRunGoWork runs a program whose module is in a workspace: its go:
// imports name a module that only the go.work file provides, and a module
// that another module of the workspace requires and replaces. run builds
// in a workspace of its own that uses them, as check resolved them.
func TestRunGoWork(t *testing.T) {
	t.Parallel()
	const tree = `
-- go.work --
go 1.22

use (
	./app
	./greet
)
-- greet/go.mod --
module example.com/greet

go 1.22
-- greet/greet.go --
package greet

func Hello(name string) string { return "hello, " + name }
-- dep/go.mod --
module example.com/dep

go 1.22
-- dep/dep.go --
package dep

func Seven() int { return 7 }
-- app/go.mod --
module example.com/app

go 1.22

require example.com/dep v0.0.0

replace example.com/dep => ../dep
-- app/cmd/main.vx --
import * as greet from "go:example.com/greet"
import * as dep from "go:example.com/dep"

fn main() {
    println(greet.Hello("vex"), dep.Seven())
}
`
	dir := t.TempDir()
	writeTree(t, dir, tree)
	main := filepath.Join(dir, "app", "cmd", "main.vx")
	if _, stderr, status := runVex2go(t, t.TempDir(), "", "check", main); status != 0 {
		t.Fatalf("check: exit status %d, stderr %q", status, stderr)
	}
	stdout, stderr, status := runVex2go(t, t.TempDir(), "", "run", main)
	if status != 0 || stdout != "hello, vex 7\n" {
		t.Errorf("exit status %d, stdout %q, stderr %q", status, stdout, stderr)
	}
}
