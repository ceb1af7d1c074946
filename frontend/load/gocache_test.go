package load

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/types"
)

// TestGoCache loads a program again and again with one GoCache, as a
// language server does, and counts the calls of go/packages: none while
// the cache holds what the program imports and nothing changed, one after
// a change of a Go file of the module, of go.mod, after a new import, after
// the creation of a package that an import named before it existed, and
// after Forget.
func TestGoCache(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, `
-- go.mod --
module example.com/m

go 1.22
-- lib/lib.go --
package lib

func Twice(n int) int { return 2 * n }
-- vex/main.vx --
import * as strings from "go:strings"
import * as lib from "go:example.com/m/lib"

fn main() { println(strings.ToUpper("x"), lib.Twice(2)) }
`)
	var cache GoCache
	main := filepath.Join(dir, "vex", "main.vx")
	load := func(step string, src string, wantLoads int) {
		t.Helper()
		overlay := map[string][]byte{main: []byte(src)}
		prog, err := (&Config{Overlay: overlay, GoCache: &cache}).Load(source.NewFileSet(), main)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(step, "missing") {
			var diags source.List
			p := prog.Packages[0]
			types.CheckPackage(prog.Fset, p.Syntax, &types.Config{Importer: p.Importer()}, &diags)
			if !diags.HasErrors() {
				t.Errorf("%s: no error", step)
			}
		} else {
			checkAll(t, prog)
		}
		if n := prog.GoLoads(); n != wantLoads {
			t.Errorf("%s: %d calls of go/packages, want %d", step, n, wantLoads)
		}
	}
	src, err := os.ReadFile(main)
	if err != nil {
		t.Fatal(err)
	}
	text := string(src)
	load("first", text, 1)
	load("again", text, 0)

	writeTree(t, dir, "-- lib/lib.go --\npackage lib\n\nfunc Twice(n int) int { return 2 * n }\n\nfunc Thrice(n int) int { return 3 * n }\n")
	thrice := strings.Replace(text, "lib.Twice(2)", "lib.Thrice(2)", 1)
	load("after a change of lib.go", thrice, 1)
	load("again", thrice, 0)

	withFmt := "import * as fmt from \"go:fmt\"\n" + strings.Replace(thrice, "println(", "fmt.Println(", 1)
	load("with a new import", withFmt, 1)
	load("without it again", thrice, 0)

	writeTree(t, dir, "-- go.mod --\nmodule example.com/m\n\ngo 1.22\n\n// changed\n")
	load("after a change of go.mod", thrice, 1)

	withExtra := "import * as extra from \"go:example.com/m/extra\"\n" + strings.Replace(thrice, "println(", "println(extra.Name, ", 1)
	load("missing extra", withExtra, 1)
	load("missing extra again", withExtra, 0)
	writeTree(t, dir, "-- extra/extra.go --\npackage extra\n\nconst Name = \"extra\"\n")
	load("after extra is created", withExtra, 1)

	cache.Forget()
	load("after Forget", thrice, 1)
}
