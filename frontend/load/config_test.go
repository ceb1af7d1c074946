package load

import (
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vexlang/vex2go/frontend/source"
)

// TestConfig loads with an overlay, as an editor does: its contents
// replace those on disk, and a file that is only in the overlay belongs to
// its directory. With ImportsAnywhere an import adds a package outside the
// directories of the paths.
func TestConfig(t *testing.T) {
	const tree = `
-- prog/app/main.vx --
this is not Vex
-- prog/app/other.vx --
export fn other() {}
-- prog/lib/lib.vx --
export fn twice(n: i64): i64 { n * 2 }
`
	dir := t.TempDir()
	writeTree(t, dir, tree)
	t.Chdir(dir)
	abs := func(name string) string { return filepath.Join(dir, filepath.FromSlash(name)) }
	conf := &Config{
		Overlay: map[string][]byte{
			abs("prog/app/main.vx"): []byte("import { twice } from \"../lib\"\nfn main() { println(twice(2)) }\n"),
			abs("prog/app/new.vx"):  []byte("fn helper() {}\n"),
			abs("prog/lib/README"):  []byte("not a .vx file"),
		},
		ImportsAnywhere: true,
	}
	prog, err := conf.Load(source.NewFileSet(), "prog/app/main.vx", "prog/app/new.vx")
	if err != nil {
		t.Fatal(err)
	}
	if prog.Diags.HasErrors() {
		var b []string
		for _, d := range prog.Diags.Diags {
			b = append(b, d.Msg)
		}
		t.Fatalf("diagnostics: %q", b)
	}
	want := []string{
		". : prog/app [prog/app/main.vx prog/app/new.vx] -> prog/lib",
		"prog/lib : prog/lib [prog/lib/lib.vx]",
	}
	if diff := cmp.Diff(want, describe(prog.Packages)); diff != "" {
		t.Errorf("packages (-want +got):\n%s", diff)
	}

	prog, err = conf.Load(source.NewFileSet(), "prog")
	if err != nil {
		t.Fatal(err)
	}
	want = []string{
		"app : prog/app [prog/app/main.vx prog/app/new.vx prog/app/other.vx] -> prog/lib",
		"lib : prog/lib [prog/lib/lib.vx]",
	}
	if diff := cmp.Diff(want, describe(prog.Packages[1:])); diff != "" {
		t.Errorf("packages of a directory (-want +got):\n%s", diff)
	}
}
