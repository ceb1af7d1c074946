package main

import (
	"fmt"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vexlang/vex2go/frontend/source"
)

func TestLoadPackages(t *testing.T) {
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
		want  []string // "OUT: DIR FILES" for each package
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
		fset := source.NewFileSet()
		pkgs, err := loadPackages(fset, tt.paths)
		if err != nil {
			if tt.err == "" || !regexp.MustCompile(tt.err).MatchString(err.Error()) {
				t.Errorf("loadPackages(%q): %v, want error matching %q", tt.paths, err, tt.err)
			}
			continue
		}
		var got []string
		for _, p := range pkgs {
			var names []string
			for _, f := range p.Files {
				names = append(names, filepath.ToSlash(f.Name()))
			}
			got = append(got, fmt.Sprintf("%s : %s %v", filepath.ToSlash(p.out), filepath.ToSlash(p.Dir), names))
		}
		if tt.err != "" {
			t.Errorf("loadPackages(%q) succeeded, want error matching %q", tt.paths, tt.err)
		} else if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("loadPackages(%q) (-want +got):\n%s", tt.paths, diff)
		}
	}
}
