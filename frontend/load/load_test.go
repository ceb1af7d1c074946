package load

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"

	"github.com/vexlang/vex2go/frontend/source"
)

// writeTree writes the files of a txtar archive under dir.
func writeTree(t *testing.T, dir, archive string) {
	t.Helper()
	for _, f := range txtar.Parse([]byte(archive)).Files {
		path := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, f.Data, 0o666); err != nil {
			t.Fatal(err)
		}
	}
}

// describe spells each package of prog as "REL : DIR FILES", with its
// imports when it has some.
func describe(pkgs []*Package) []string {
	var out []string
	for _, p := range pkgs {
		var names []string
		for _, f := range p.Files {
			names = append(names, filepath.ToSlash(f.Name()))
		}
		s := fmt.Sprintf("%s : %s %v", filepath.ToSlash(p.Rel), filepath.ToSlash(p.Dir), names)
		for _, q := range p.Imports {
			s += " -> " + filepath.ToSlash(q.Dir)
		}
		out = append(out, s)
	}
	return out
}

func TestLoad(t *testing.T) {
	const tree = `
-- a/main.vx --
-- a/z.vx --
-- a/_skip.vx --
-- a/.hidden/h.vx --
-- a/testdata/t.vx --
-- a/_build/b.vx --
-- a/sub/s.vx --
-- a/sub/deeper/d.vx --
-- a/empty/notes.txt --
-- b/x.vx --
`
	tests := []struct {
		paths []string
		want  []string // describe of the packages
		err   string   // regexp
	}{
		{
			paths: []string{"a"},
			want:  []string{". : a [a/main.vx a/z.vx]", "empty : a/empty []", "sub : a/sub [a/sub/s.vx]", "sub/deeper : a/sub/deeper [a/sub/deeper/d.vx]"},
		},
		{paths: []string{"a/sub/"}, want: []string{". : a/sub [a/sub/s.vx]", "deeper : a/sub/deeper [a/sub/deeper/d.vx]"}},
		{paths: []string{"a/z.vx", "./a/main.vx", "a/z.vx"}, want: []string{". : a [a/main.vx a/z.vx]"}},
		{paths: []string{"a/_skip.vx"}, want: []string{". : a [a/_skip.vx]"}},
		{paths: []string{"a/sub/deeper", "b/x.vx"}, want: []string{". : a/sub/deeper [a/sub/deeper/d.vx]", ". : b [b/x.vx]"}},
		{paths: []string{"a/sub", "a/sub/deeper/d.vx"}, err: `^a/sub/deeper is given twice, with different output directories$`},
		{paths: []string{"a/empty"}, err: `^no .vx files in a/empty$`},
		{paths: []string{"a/empty/notes.txt"}, err: `^a/empty/notes.txt is not a .vx file$`},
		{paths: []string{"a/nothere.vx"}, err: `no such file`},
	}
	dir := t.TempDir()
	writeTree(t, dir, tree)
	t.Chdir(dir)
	for _, tt := range tests {
		prog, err := Load(source.NewFileSet(), tt.paths...)
		if err != nil {
			if tt.err == "" || !regexp.MustCompile(tt.err).MatchString(err.Error()) {
				t.Errorf("Load(%q): %v, want error matching %q", tt.paths, err, tt.err)
			}
			continue
		}
		if tt.err != "" {
			t.Errorf("Load(%q) succeeded, want error matching %q", tt.paths, tt.err)
		} else if diff := cmp.Diff(tt.want, describe(prog.Packages)); diff != "" {
			t.Errorf("Load(%q) (-want +got):\n%s", tt.paths, diff)
		}
	}
}

// TestLoadImports loads the packages and files that imports add, and
// orders the packages, dependencies first.
func TestLoadImports(t *testing.T) {
	const tree = `
-- prog/main.vx --
import { run } from "./app"
import { helper } from "./helper.vx"
fn main() { run() }
-- prog/helper.vx --
export fn helper() {}
-- prog/app/app.vx --
import * as lib from "../lib"
import * as store from "./store"
export fn run() {}
-- prog/app/store/store.vx --
import { twice } from "../../lib"
-- prog/lib/lib.vx --
export fn twice(n: i64): i64 { n * 2 }
-- prog/unused/unused.vx --
this is not Vex
-- cycle/a/a.vx --
import { b } from "../b"
-- cycle/b/b.vx --
import { a } from "../a"
`
	dir := t.TempDir()
	writeTree(t, dir, tree)
	t.Chdir(dir)

	prog, err := Load(source.NewFileSet(), "prog/main.vx")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		". : prog [prog/main.vx prog/helper.vx] -> prog/app",
		"app : prog/app [prog/app/app.vx] -> prog/lib -> prog/app/store",
		"app/store : prog/app/store [prog/app/store/store.vx] -> prog/lib",
		"lib : prog/lib [prog/lib/lib.vx]",
	}
	if diff := cmp.Diff(want, describe(prog.Packages)); diff != "" {
		t.Errorf("packages (-want +got):\n%s", diff)
	}
	wantOrder := []string{"lib : prog/lib [prog/lib/lib.vx]"}
	if diff := cmp.Diff(wantOrder, describe(prog.Order[:1])); diff != "" {
		t.Errorf("first in order (-want +got):\n%s", diff)
	}
	if got := describe(prog.Order); got[len(got)-1] != want[0] {
		t.Errorf("last in order: %s, want %s", got[len(got)-1], want[0])
	}
	lib := prog.Order[0]
	if len(lib.Importers) != 2 || !lib.Ready() || prog.Packages[0].Ready() {
		t.Errorf("lib: %d importers, ready %v; root ready %v: want 2, true, false", len(lib.Importers), lib.Ready(), prog.Packages[0].Ready())
	}
	if prog.Diags.HasErrors() || !prog.HasImports() {
		t.Errorf("diagnostics %v, imports %v", prog.Diags.Diags, prog.HasImports())
	}

	prog, err = Load(source.NewFileSet(), "cycle")
	if err != nil {
		t.Fatal(err)
	}
	var msgs []string
	for _, d := range prog.Diags.Diags {
		msgs = append(msgs, d.Msg)
	}
	if want := []string{"import cycle not allowed: cycle/a imports cycle/b imports cycle/a"}; !cmp.Equal(want, msgs) {
		t.Errorf("diagnostics %q, want %q", msgs, want)
	}
	for _, p := range prog.Packages {
		if p.Ready() {
			t.Errorf("%s is ready, but in a cycle", p.Dir)
		}
	}
}

func TestModulePath(t *testing.T) {
	tests := []struct{ gomod, want string }{
		{"module example.com/m\n", "example.com/m"},
		{"// c\n\nmodule   example.com/m // trailing\ngo 1.26\n", "example.com/m"},
		{"module \"example.com/q\"\n", "example.com/q"},
		{"modules x\nmodule y\n", "y"},
		{"go 1.26\n", ""},
	}
	for _, tt := range tests {
		if got := modulePath([]byte(tt.gomod)); got != tt.want {
			t.Errorf("modulePath(%q) = %q, want %q", tt.gomod, got, tt.want)
		}
	}
}
