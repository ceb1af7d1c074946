package main

import (
	"encoding/json"
	"maps"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A program of two packages.
const twoPackages = `
-- src/main.vx --
fn main() {}
-- src/util/util.vx --
fn helper() {}
`

func TestExitStatus(t *testing.T) {
	t.Parallel()
	const (
		withError = `
-- src/main.vx --
fn main() {}
// ERROR boom
`
		withWarning = `
-- src/main.vx --
fn main() {}
// WARNING careful
`
	)
	tests := []struct {
		name   string
		tree   string // files in the working directory; twoPackages if empty
		args   []string
		status int
		stdout string   // regexp that stdout must match, if not empty
		stderr string   // regexp that stderr must match, if not empty
		files  []string // the files under gen afterwards
	}{
		{name: "build", args: []string{"build", "src", "-o", "gen"}, files: []string{"main.vx.go", "util/util.vx.go"}},
		{name: "default command", args: []string{"./src", "-o", "./gen"}, files: []string{"main.vx.go", "util/util.vx.go"}},
		{name: "file argument", args: []string{"src/main.vx", "-o", "gen"}, files: []string{"main.vx.go"}},
		{name: "output created", args: []string{"src/main.vx", "-o", "gen/a/b"}, files: []string{"a/b/main.vx.go"}},
		{name: "package", args: []string{"src/main.vx", "-o", "gen", "--package", "p"}, files: []string{"main.vx.go"}},
		{name: "check", args: []string{"check", "src"}},
		{name: "global flags after command", args: []string{"check", "src", "--json", "-q", "--werror"}},

		{name: "error", tree: withError, args: []string{"src", "-o", "gen"}, status: 1, stderr: `^src/main.vx:2:1: error: boom\n`},
		{name: "check error", tree: withError, args: []string{"check", "src"}, status: 1, stderr: `error: boom`},
		{name: "warning", tree: withWarning, args: []string{"src", "-o", "gen"}, stderr: `^src/main.vx:2:1: warning: careful\n`, files: []string{"main.vx.go"}},
		{name: "werror", tree: withWarning, args: []string{"src", "-o", "gen", "--werror"}, status: 1, stderr: `warning: careful`},
		{name: "quiet", tree: withWarning, args: []string{"src", "-o", "gen", "-q"}, stderr: `^$`, files: []string{"main.vx.go"}},
		{name: "quiet error", tree: withError, args: []string{"check", "src", "-q"}, status: 1, stderr: `error: boom`},

		{name: "no such path", args: []string{"nothere", "-o", "gen"}, status: 2, stderr: `^vex2go: .*nothere`},
		{name: "not a vx file", tree: "-- notes.txt --\n", args: []string{"notes.txt", "-o", "gen"}, status: 2, stderr: `notes.txt is not a .vx file`},
		{name: "no vx files", tree: "-- empty/notes.txt --\n", args: []string{"check", "empty"}, status: 2, stderr: `no .vx files in empty`},
		{name: "shared output", args: []string{"src/main.vx", "src/util/util.vx", "-o", "gen"}, status: 2, stderr: `src and src/util would both be written to gen`},
		{name: "package of two", args: []string{"src", "-o", "gen", "--package", "p"}, status: 2, stderr: `--package names one package, but the paths hold 2`},
		{name: "unknown flag", args: []string{"src", "-o", "gen", "--frob"}, status: 2, stderr: `unknown flag --frob`},
		{name: "missing output", args: []string{"src"}, status: 2, stderr: `missing flags: --out`},
		{name: "quiet and verbose", args: []string{"check", "src", "-q", "-v"}, status: 2, stderr: `can't be used together`},
		{name: "parse", tree: "-- ok.vx --\nfn main() {}\n", args: []string{"parse", "ok.vx"}, stdout: `main`, stderr: `^$`},
		{name: "parse error", tree: "-- bad.vx --\nfn main( {\n}\n", args: []string{"parse", "bad.vx"}, status: 1, stderr: `^bad.vx:1:\d+: error: `},
		{name: "parse no such file", args: []string{"parse", "nothere.vx"}, status: 2, stderr: `^vex2go: .*nothere.vx`},
		{name: "parse without file", args: []string{"parse"}, status: 2, stderr: `Run 'vex2go parse --help' for usage`},

		{name: "no arguments", args: []string{}, status: 2, stdout: `^$`, stderr: `^Usage: vex2go <command>(.|\n)*Commands:\n  build `},
		{name: "misspelled command", args: []string{"chek", "src"}, status: 2, stderr: `^vex2go: unknown command chek; did you mean check\?\nRun 'vex2go --help' for usage.\n$`},
		{name: "swapped letters", args: []string{"biuld", "src", "-o", "gen"}, status: 2, stderr: `^vex2go: unknown command biuld; did you mean build\?\n`},
		{name: "path like a command", tree: "-- chek/main.vx --\nfn main() {}\n", args: []string{"chek", "-o", "gen"}, files: []string{"main.vx.go"}},
		{name: "far from any command", args: []string{"zzz", "-o", "gen"}, status: 2, stderr: `^vex2go: stat zzz: no such file or directory\n$`},
		{name: "json file-system error", args: []string{"--json", "nothere", "-o", "gen"}, status: 2,
			stderr: `^\{"file":"nothere","line":0,"column":0,"endLine":0,"endColumn":0,"columnUTF16":0,"endColumnUTF16":0,"severity":"error","message":"stat nothere: no such file or directory"\}\n$`},
		{name: "json refusal", tree: twoPackages + "-- gen/main.vx.go --\npackage main\n", args: []string{"--json", "src", "-o", "gen"}, status: 2,
			stderr: `^\{"file":"gen/main.vx.go",.*"message":"refusing to overwrite gen/main.vx.go: .*"\}\n$`, files: []string{"main.vx.go"}},
		{name: "version", args: []string{"version"}, stdout: `^vex2go \S+\n$`},
		{name: "help", args: []string{"--help"}, stdout: `Usage: vex2go <command>`},
		{name: "build help", args: []string{"build", "--help"}, stdout: `Usage: vex2go build`},
		{name: "check help", args: []string{"check", "--help"}, stdout: `Usage: vex2go check`},
		{name: "parse help", args: []string{"parse", "--help"}, stdout: `Usage: vex2go parse`},
		{name: "run help", args: []string{"run", "--help"}, stdout: `Usage: vex2go run`},
		{name: "version help", args: []string{"version", "--help"}, stdout: `Usage: vex2go version`},
		{name: "watch help", args: []string{"watch", "--help"}, stdout: `Usage: vex2go watch(.|\n)*--cmd=COMMAND`},
		{name: "check flag help", args: []string{"build", "--help"}, stdout: `--check`},
		{name: "misspelled watch", args: []string{"wacth", "src", "-o", "gen"}, status: 2, stderr: `^vex2go: unknown command wacth; did you mean watch\?\n`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			tree := tt.tree
			if tree == "" {
				tree = twoPackages
			}
			writeTree(t, dir, tree)
			stdout, stderr, status := runVex2go(t, dir, "", tt.args...)
			if status != tt.status {
				t.Errorf("exit status %d, want %d\nstderr:\n%s", status, tt.status, stderr)
			}
			for _, out := range []struct{ name, got, want string }{{"stdout", stdout, tt.stdout}, {"stderr", stderr, tt.stderr}} {
				if out.want != "" && !regexp.MustCompile(out.want).MatchString(out.got) {
					t.Errorf("%s does not match %q:\n%s", out.name, out.want, out.got)
				}
			}
			files := slices.Sorted(maps.Keys(readTree(t, dir+"/gen")))
			if diff := cmp.Diff(tt.files, files); diff != "" {
				t.Errorf("files under gen (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDiagnostics(t *testing.T) {
	const tree = `
-- src/main.vx --
fn main() {}
// WARNING careful
// ERROR boom
`
	dir := t.TempDir()
	writeTree(t, dir, tree)

	_, stderr, status := runVex2go(t, dir, "", "check", "src")
	const want = `src/main.vx:2:1: warning: careful
    // WARNING careful
    ^
src/main.vx:3:1: error: boom
    // ERROR boom
    ^^^^^^^^^^^^^
`
	if status != 1 || stderr != want {
		t.Errorf("check: exit status %d, stderr:\n%s\nwant exit status 1, stderr:\n%s", status, stderr, want)
	}

	_, stderr, status = runVex2go(t, dir, "", "check", "--json", "src")
	if status != 1 {
		t.Errorf("check --json: exit status %d, want 1", status)
	}
	var got []map[string]any
	for line := range strings.Lines(stderr) {
		var d map[string]any
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatalf("check --json: line %q: %v", line, err)
		}
		got = append(got, d)
	}
	wantJSON := []map[string]any{
		{"file": "src/main.vx", "line": 2.0, "column": 1.0, "endLine": 2.0, "endColumn": 2.0, "columnUTF16": 1.0, "endColumnUTF16": 2.0, "severity": "warning", "message": "careful"},
		{"file": "src/main.vx", "line": 3.0, "column": 1.0, "endLine": 3.0, "endColumn": 14.0, "columnUTF16": 1.0, "endColumnUTF16": 14.0, "severity": "error", "message": "boom"},
	}
	if diff := cmp.Diff(wantJSON, got); diff != "" {
		t.Errorf("check --json (-want +got):\n%s", diff)
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"check", "check", 0},
		{"chek", "check", 1},
		{"chekc", "check", 1},
		{"buidl", "build", 1},
		{"bild", "build", 1},
		{"wacth", "watch", 1},
		{"rnu", "run", 1},
		{"", "run", 3},
		{"parse", "check", 5},
	}
	for _, tt := range tests {
		if got := editDistance(tt.a, tt.b); got != tt.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestLinePaths checks the file names of the //line directives: the .vx
// paths from the root of the module that holds OUT, or else from the
// current directory.
func TestLinePaths(t *testing.T) {
	const (
		module = "-- go.mod --\nmodule example.com/m\n"
		shapes = "-- vex/shapes/shapes.vx --\nfn main() {}\n"
	)
	tests := []struct {
		name string
		tree string
		dir  string // where vex2go runs, under the tree
		args []string
		file string // the generated file, under the tree
		want string // its first directive, or "" for none
	}{
		{"module root", module + shapes, ".", []string{"vex", "-o", "gen"}, "gen/shapes/shapes.vx.go", "//line vex/shapes/shapes.vx:1:1"},
		{"run below the root", module + shapes, "vex", []string{"shapes/shapes.vx", "-o", "../gen"}, "gen/shapes.vx.go", "//line vex/shapes/shapes.vx:1:1"},
		{"output in a nested module", module + shapes + "-- gen/go.mod --\nmodule example.com/gen\n", ".", []string{"vex", "-o", "gen"}, "gen/shapes/shapes.vx.go", "//line ../vex/shapes/shapes.vx:1:1"},
		{"no module", shapes, "vex", []string{"shapes", "-o", "../gen"}, "gen/shapes.vx.go", "//line shapes/shapes.vx:1:1"},
		{"no line", module + shapes, ".", []string{"vex", "-o", "gen", "--no-line"}, "gen/shapes/shapes.vx.go", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			writeTree(t, dir, tt.tree)
			if _, stderr, status := runVex2go(t, filepath.Join(dir, tt.dir), "", tt.args...); status != 0 {
				t.Fatalf("exit status %d\n%s", status, stderr)
			}
			src := readTree(t, dir)[tt.file]
			got := regexp.MustCompile(`(?m)^//line \S+`).FindString(src)
			if got != tt.want {
				t.Errorf("first directive %q, want %q, in:\n%s", got, tt.want, src)
			}
			if tt.want == "" && strings.Contains(src, "line ") {
				t.Errorf("a directive with --no-line:\n%s", src)
			}
		})
	}
}
