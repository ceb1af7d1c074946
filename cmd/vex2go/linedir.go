package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// The compiler and the runtime print the file name of a //line directive as
// it is, so compile errors, panics and stack traces name a .vx file by the
// path in the directive; go vet and other tools built on go/scanner join a
// relative name to the directory of the Go file instead. The directives
// name each .vx file by its path from the root of the Go module that holds
// the output, where go build, go test and go run are run, so that the path
// printed is one the user there can open: vex/shapes/shapes.vx:22:16.

// lineRoot returns the directory that the //line directives of the Go files
// written to out name the .vx files from: the root of the Go module that
// holds out, or else the current directory.
func lineRoot(out string) (string, error) {
	abs, err := filepath.Abs(out)
	if err != nil {
		return "", err
	}
	for d := abs; ; d = filepath.Dir(d) {
		_, err := os.Stat(filepath.Join(d, "go.mod"))
		if err == nil {
			return d, nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
		if filepath.Dir(d) == d {
			return os.Getwd()
		}
	}
}

// sourceDir returns the path of the source directory dir from
// o.LineRoot, slash-separated, for gen.Options.SourceDir.
func (o genOptions) sourceDir(dir string) string {
	if o.LineRoot == "" {
		return ""
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	rel, err := filepath.Rel(o.LineRoot, abs)
	if err != nil || rel == "." {
		return ""
	}
	return filepath.ToSlash(rel)
}
