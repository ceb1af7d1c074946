package lsp

import (
	"io"
	"log"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/vexlang/vex2go/frontend/load"
	"github.com/vexlang/vex2go/frontend/types"
)

// BenchmarkAnalyse measures what the server does on every change of a
// document: load, parse and check the package of each example, with the
// document in the overlay, and convert its diagnostics, with the Go
// packages of its go: imports kept from one change to the next.
func BenchmarkAnalyse(b *testing.B) {
	paths, _ := filepath.Glob("../examples/*/main.vx")
	for _, path := range paths {
		abs, err := filepath.Abs(path)
		if err != nil {
			b.Fatal(err)
		}
		src, err := os.ReadFile(abs)
		if err != nil {
			b.Fatal(err)
		}
		overlay := map[string][]byte{abs: src}
		b.Run(filepath.Base(filepath.Dir(abs)), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			var cache load.GoCache
			for b.Loop() {
				if _, err := analyse(filepath.Dir(abs), overlay, []string{abs}, &cache, log.New(io.Discard, "", 0)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkAnalyseGo analyses a package that imports a Go package of its
// module and one of the standard library, with the Go packages kept from
// one analysis to the next and loaded again for each.
func BenchmarkAnalyseGo(b *testing.B) {
	dir := b.TempDir()
	for _, f := range txtar.Parse([]byte(goModule + "-- lib/lib2.go --\npackage lib\n\nfunc Thrice(n int) int { return 3 * n }\n")).Files {
		path := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(path, f.Data, 0o666); err != nil {
			b.Fatal(err)
		}
	}
	main := filepath.Join(dir, "vex", "main.vx")
	overlay := map[string][]byte{main: []byte("import * as lib from \"go:example.com/m/lib\"\nimport * as strings from \"go:strings\"\n\nfn main() { println(strings.ToUpper(\"x\"), lib.Thrice(2)) }\n")}
	for _, cached := range []bool{true, false} {
		b.Run(map[bool]string{true: "cached", false: "uncached"}[cached], func(b *testing.B) {
			var cache load.GoCache
			for b.Loop() {
				if !cached {
					cache.Forget()
				}
				snap, err := analyse(filepath.Dir(main), overlay, []string{main}, &cache, log.New(io.Discard, "", 0))
				if err != nil {
					b.Fatal(err)
				}
				if d := snap.diags[main]; len(d) != 0 {
					b.Fatal(describeDiags(d))
				}
			}
		})
	}
}

// BenchmarkGoHover measures a hover on a Go method declared in a large
// file of the standard library, net/http's server.go: the first, which
// parses and indexes the file, and those that find it indexed.
func BenchmarkGoHover(b *testing.B) {
	dir := b.TempDir()
	main := filepath.Join(dir, "main.vx")
	overlay := map[string][]byte{main: []byte("import * as http from \"go:net/http\"\n\nfn serve(s: &http.Server!) { s.ListenAndServe() }\n")}
	snap, err := analyse(dir, overlay, []string{main}, nil, log.New(io.Discard, "", 0))
	if err != nil {
		b.Fatal(err)
	}
	var method *types.GoObj
	for _, obj := range snap.files[main].info().Uses {
		if g, ok := obj.(*types.GoObj); ok && g.Name() == "ListenAndServe" {
			method = g
		}
	}
	if method == nil {
		b.Fatal("no use of ListenAndServe")
	}
	for _, parsed := range []bool{false, true} {
		b.Run(map[bool]string{false: "parse", true: "parsed"}[parsed], func(b *testing.B) {
			var gs goSources
			gs.describeGo(dir, method.Obj, method.Fset) // the GOROOT
			for b.Loop() {
				if !parsed {
					gs.files = nil
				}
				if _, doc := gs.describeGo(dir, method.Obj, method.Fset); doc == "" {
					b.Fatal("no doc")
				}
			}
		})
	}
}
