package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// A program whose packages import each other: the root imports app, app
// imports its child store and its sibling lib, and store imports lib.
const packagesTree = `
-- prog/main.vx --
import { run } from "./app"
import * as store from "./app/store"

fn main() {
    run()
    println(store.count())
}
-- prog/app/app.vx --
import { count } from "./store"
import * as lib from "../lib"

export fn run() {
    println(lib.twice(count()))
}
-- prog/app/store/store.vx --
import { twice } from "../../lib"

export fn count(): i64 { twice(21) }
-- prog/lib/lib.vx --
export fn twice(n: i64): i64 { n * 2 }
-- other/main.vx --
import { twice } from "../prog/lib"

fn main() { println(twice(1)) }
-- files/main.vx --
import { helper } from "./helper.vx"
import * as sub from "./sub"

fn main() { println(helper(), sub.value()) }
-- files/helper.vx --
export fn helper(): i64 { 1 }
-- files/sub/sub.vx --
export fn value(): i64 { 2 }
-- files/unused/unused.vx --
this is not Vex
`

func TestRunPackages(t *testing.T) {
	t.Parallel()
	env := []string{"TMPDIR=" + t.TempDir()}
	dir := t.TempDir()
	writeTree(t, dir, packagesTree)
	tests := []struct {
		name   string
		args   []string
		status int
		stdout string
		stderr string // regexp
	}{
		{name: "directory", args: []string{"run", "prog"}, stdout: "84\n42\n"},
		{name: "file", args: []string{"run", "prog/main.vx"}, stdout: "84\n42\n"},
		{name: "files and directories an import adds", args: []string{"run", "files/main.vx"}, stdout: "1 2\n"},
		{
			name: "outside the build", args: []string{"run", "other"}, status: 1,
			stderr: `^other/main.vx:1:23: error: cannot import "../prog/lib": prog/lib is outside the directories being built`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, status := runVex2goEnv(t, env, dir, "", tt.args...)
			if status != tt.status || stdout != tt.stdout || !regexp.MustCompile(tt.stderr).MatchString(stderr) {
				t.Errorf("exit status %d, stdout %q, stderr %q\nwant exit status %d, stdout %q, stderr matching %q",
					status, stdout, stderr, tt.status, tt.stdout, tt.stderr)
			}
		})
	}
}

func TestBuildImportPaths(t *testing.T) {
	tests := []struct {
		name   string
		gomod  string // the go.mod of the working directory, if any
		args   []string
		status int
		want   string // regexp that gen/main.vx.go must match, or stderr if status is not 0
	}{
		{name: "module flag", args: []string{"prog", "-o", "gen", "--module", "example.com/x/gen"}, want: `"example.com/x/gen/app"`},
		{name: "go.mod", gomod: "module example.com/m // the module\n", args: []string{"prog", "-o", "gen"}, want: `"example.com/m/gen/app/store"`},
		{name: "quoted go.mod", gomod: "// comment\nmodule \"example.com/q\"\n", args: []string{"prog", "-o", "gen"}, want: `"example.com/q/gen/app"\n`},
		{name: "no module", args: []string{"prog", "-o", "gen"}, status: 2, want: `Go import path of the output is unknown: pass --module PATH`},
		{name: "check needs none", args: []string{"check", "prog"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			writeTree(t, dir, packagesTree)
			if tt.gomod != "" {
				if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(tt.gomod), 0o666); err != nil {
					t.Fatal(err)
				}
			}
			_, stderr, status := runVex2go(t, dir, "", tt.args...)
			if status != tt.status {
				t.Fatalf("exit status %d, want %d\nstderr:\n%s", status, tt.status, stderr)
			}
			got := stderr
			if status == 0 && tt.args[0] != "check" {
				got = readTree(t, filepath.Join(dir, "gen"))["main.vx.go"]
			}
			if !regexp.MustCompile(tt.want).MatchString(got) {
				t.Errorf("got %q, want a match for %q", got, tt.want)
			}
		})
	}
}

func TestImportCycle(t *testing.T) {
	const tree = `
-- src/main.vx --
import { a } from "./a"
fn main() { a() }
-- src/a/a.vx --
import { b } from "../b"
export fn a() { b() }
-- src/b/b.vx --
import { a } from "../a"
export fn b() { a() }
`
	dir := t.TempDir()
	writeTree(t, dir, tree)
	_, stderr, status := runVex2go(t, dir, "", "check", "src")
	const want = "src/a/a.vx:1:19: error: import cycle not allowed: src/a imports src/b imports src/a\n"
	if status != 1 || !strings.HasPrefix(stderr, want) {
		t.Errorf("exit status %d, stderr:\n%s\nwant exit status 1, stderr starting:\n%s", status, stderr, want)
	}
}
