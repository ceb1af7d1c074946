package main

import (
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A tree of sources: one formatted, one not, one that does not parse, and
// files that a walk leaves out.
const fmtTree = `
-- src/ok.vx --
fn main() {
    println(1 + 2)
}
-- src/sub/messy.vx --
fn  f( a:i32 ){
	a+1;
}
-- src/_skip/messy.vx --
fn  f( ){}
-- src/testdata/messy.vx --
fn  f( ){}
-- src/.hidden.vx --
fn  f( ){}
-- src/notes.txt --
not Vex
-- bad/bad.vx --
fn main( {
}
-- bad/lexical.vx --
policy P { "unterminated }
`

const messyFormatted = "fn f(a: i32) {\n    a + 1;\n}\n"

func TestFmt(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		args   []string
		stdin  string
		status int
		stdout string // regexp, if not empty
		stderr string // regexp
		files  map[string]string
	}{
		{name: "print", args: []string{"fmt", "src/sub/messy.vx"}, stdout: "^" + regexp.QuoteMeta(messyFormatted) + "$", stderr: "^$"},
		{name: "print formatted", args: []string{"fmt", "src/ok.vx"}, stdout: `^fn main\(\) \{\n`, stderr: "^$"},
		{name: "list", args: []string{"fmt", "-l", "src"}, status: 1, stdout: `^src/sub/messy.vx\n$`, stderr: "^$"},
		{name: "list formatted", args: []string{"fmt", "-l", "src/ok.vx"}, stdout: `^$`, stderr: "^$"},
		{name: "diff", args: []string{"fmt", "-d", "src"}, status: 1,
			stdout: `^diff -u src/sub/messy.vx.orig src/sub/messy.vx\n--- src/sub/messy.vx.orig\n\+\+\+ src/sub/messy.vx\n@@ -1,3 \+1,3 @@\n-fn  f\( a:i32 \)\{\n-\ta\+1;\n\+fn f\(a: i32\) \{\n\+    a \+ 1;\n }\n$`},
		{name: "write", args: []string{"fmt", "-w", "src"}, stdout: "^$", stderr: "^$",
			files: map[string]string{"src/sub/messy.vx": messyFormatted, "src/_skip/messy.vx": "fn  f( ){}\n"}},
		{name: "write and list", args: []string{"fmt", "-w", "-l", "src"}, status: 1, stdout: `^src/sub/messy.vx\n$`,
			files: map[string]string{"src/sub/messy.vx": messyFormatted}},
		{name: "explicit file in skipped directory", args: []string{"fmt", "-l", "src/_skip/messy.vx"}, status: 1, stdout: `^src/_skip/messy.vx\n$`},
		{name: "stdin", args: []string{"fmt"}, stdin: "fn  f( a:i32 ){\n\ta+1;\n}", stdout: "^" + regexp.QuoteMeta(messyFormatted) + "$"},
		{name: "stdin list", args: []string{"fmt", "-l"}, stdin: "fn f(){}", status: 1, stdout: `^<standard input>\n$`},
		{name: "stdin write", args: []string{"fmt", "-w"}, status: 2, stderr: `cannot use -w with standard input`},
		{name: "syntax error", args: []string{"fmt", "-w", "bad", "src"}, status: 1, stderr: `^bad/bad.vx:1:10: error: `,
			files: map[string]string{"bad/bad.vx": "fn main( {\n}\n", "src/sub/messy.vx": messyFormatted}},
		{name: "syntax error json", args: []string{"fmt", "--json", "bad/bad.vx"}, status: 1, stderr: `^\{"file":"bad/bad.vx","line":1,"column":10,`},
		{name: "lexical error in a refused item", args: []string{"fmt", "-w", "bad/lexical.vx"}, status: 1, stderr: `^bad/lexical.vx:1:12: error: string literal not terminated`,
			files: map[string]string{"bad/lexical.vx": "policy P { \"unterminated }\n"}},
		{name: "no such file", args: []string{"fmt", "-l", "nothere.vx", "src/sub/messy.vx"}, status: 2, stdout: `^src/sub/messy.vx\n$`, stderr: `^vex2go: .*nothere.vx`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			writeTree(t, dir, fmtTree)
			stdout, stderr, status := runVex2go(t, dir, tt.stdin, tt.args...)
			if status != tt.status {
				t.Errorf("exit status %d, want %d\nstdout:\n%s\nstderr:\n%s", status, tt.status, stdout, stderr)
			}
			if tt.stdout != "" && !regexp.MustCompile(tt.stdout).MatchString(stdout) {
				t.Errorf("stdout:\n%s\ndoes not match %s", stdout, tt.stdout)
			}
			if tt.stderr != "" && !regexp.MustCompile(tt.stderr).MatchString(stderr) {
				t.Errorf("stderr:\n%s\ndoes not match %s", stderr, tt.stderr)
			}
			got := readTree(t, dir)
			for name, want := range tt.files {
				if diff := cmp.Diff(want, got[name]); diff != "" {
					t.Errorf("%s (-want +got):\n%s", name, diff)
				}
			}
			if tt.files == nil {
				original := readTree(t, writeFresh(t))
				if diff := cmp.Diff(original, got); diff != "" {
					t.Errorf("files changed (-want +got):\n%s", diff)
				}
			}
			if temps, _ := filepath.Glob(filepath.Join(dir, "src", "*", ".*.fmt*")); len(temps) > 0 {
				t.Errorf("temporary files left: %v", temps)
			}
		})
	}
}

// writeFresh writes fmtTree to a new directory and returns it.
func writeFresh(t *testing.T) string {
	dir := t.TempDir()
	writeTree(t, dir, fmtTree)
	return dir
}

// TestFmtWriteKeepsMode checks that -w keeps a file's permissions and,
// through a symbolic link, replaces the file it points to.
func TestFmtWriteKeepsMode(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("permissions and symbolic links differ on Windows")
	}
	dir := t.TempDir()
	writeTree(t, dir, fmtTree)
	path := filepath.Join(dir, "src/sub/messy.vx")
	if err := os.Chmod(path, 0o640); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("sub/messy.vx", filepath.Join(dir, "src/link.vx")); err != nil {
		t.Fatal(err)
	}
	if _, stderr, status := runVex2go(t, dir, "", "fmt", "-w", "src/link.vx"); status != 0 {
		t.Fatalf("exit status %d:\n%s", status, stderr)
	}
	fi, err := os.Lstat(filepath.Join(dir, "src/link.vx"))
	if err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v %v", fi.Mode(), err)
	}
	fi, err = os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o640 {
		t.Errorf("mode %v, want 0640", fi.Mode().Perm())
	}
	if data, _ := os.ReadFile(path); string(data) != messyFormatted {
		t.Errorf("file:\n%s\nwant:\n%s", data, messyFormatted)
	}
}
