package lsp

import (
	"io"
	"log"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkAnalyse measures what the server does on every change of a
// document: load, parse and check the package of each example, with the
// document in the overlay, and convert its diagnostics.
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
			for b.Loop() {
				if _, err := analyse(filepath.Dir(abs), overlay, []string{abs}, log.New(io.Discard, "", 0)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
