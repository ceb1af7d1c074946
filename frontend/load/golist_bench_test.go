package load

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/vexlang/vex2go/frontend/source"
)

// BenchmarkCheckGoImports loads and checks a file that imports fmt,
// strings, encoding/json and net/http, as vex2go check does: the time is
// that of the one go/packages call, with the go build cache warm after
// the first iteration. The target is under 1 s on a 2-core machine.
func BenchmarkCheckGoImports(b *testing.B) {
	dir := b.TempDir()
	src := `import * as fmt from "go:fmt"
import * as strings from "go:strings"
import * as json from "go:encoding/json"
import * as http from "go:net/http"

fn handle(w: http.ResponseWriter, r: &http.Request!) {
    let data = json.Marshal([strings.ToUpper(r.URL.Path)]) !> |e| []
    fmt.Fprint(w, data as string)
}

fn main() {
    http.HandleFunc("/", handle)
}
`
	if err := os.WriteFile(filepath.Join(dir, "main.vx"), []byte(src), 0o666); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		prog, err := Load(source.NewFileSet(), dir)
		if err != nil {
			b.Fatal(err)
		}
		checkAll(b, prog)
	}
}
