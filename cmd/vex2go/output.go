package main

import (
	"bytes"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/vexlang/vex2go/frontend/load"
)

// goFileName returns the base name of the Go file generated from the .vx
// file vxName: "src/user.vx" gives "user.vx.go". The name keeps the source's
// whole name, so a Go file tells which source it came from and a stale one
// is found without reading it.
func goFileName(vxName string) string { return filepath.Base(vxName) + ".go" }

// output is what a build changes in the file system.
type output struct {
	writes  []fileWrite
	removes []string // stale generated files
}

// A fileWrite is a file to create or replace.
type fileWrite struct {
	path string
	data []byte
}

// planOutput works out the files to write under the directory out for pkgs,
// and the stale generated files to remove. It touches nothing, and fails if
// two packages share an output directory or if a file it would replace is
// not a generated one, naming every such file.
func planOutput(out string, pkgs []*pkg) (*output, error) {
	var o output
	var errs []error
	byOut := map[string]*pkg{}
	for _, p := range pkgs {
		dir := filepath.Join(out, p.Rel)
		if q := byOut[p.Rel]; q != nil {
			return nil, fmt.Errorf("%s and %s would both be written to %s", q.Dir, p.Dir, dir)
		}
		byOut[p.Rel] = p
		targets := map[string]bool{}
		for _, f := range p.gen {
			targets[f.Name] = true
			path := filepath.Join(dir, f.Name)
			old, err := readGenerated(path)
			switch {
			case errors.Is(err, fs.ErrNotExist):
			case err != nil:
				errs = append(errs, err)
				continue
			case bytes.Equal(old, f.Source):
				// Unchanged: keeping the old file keeps its modification time.
				continue
			}
			o.writes = append(o.writes, fileWrite{path, f.Source})
		}
		stale, err := staleFiles(dir, p.Dir, targets)
		if err != nil {
			errs = append(errs, err)
		}
		o.removes = append(o.removes, stale...)
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return &o, nil
}

// readGenerated returns the content of the file at path, which must be a
// generated Go file, for it is about to be replaced.
func readGenerated(path string) ([]byte, error) {
	fi, err := os.Lstat(path)
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("refusing to overwrite %s: not a regular file", path)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if !isGenerated(data) {
		return nil, fmt.Errorf("refusing to overwrite %s: it has no \"// Code generated ... DO NOT EDIT.\" line", path)
	}
	return data, nil
}

// staleFiles returns the generated NAME.vx.go files in dir whose source
// srcDir/NAME.vx no longer exists, leaving out those named in targets, which
// are about to be rewritten.
func staleFiles(dir, srcDir string, targets map[string]bool) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	var stale []string
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".vx.go") || load.Ignored(name) || targets[name] || !e.Type().IsRegular() {
			continue
		}
		if _, err := os.Lstat(filepath.Join(srcDir, strings.TrimSuffix(name, ".go"))); !errors.Is(err, fs.ErrNotExist) {
			continue
		}
		path := filepath.Join(dir, name)
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		if isGenerated(data) {
			stale = append(stale, path)
		}
	}
	return stale, nil
}

// isGenerated reports whether src is a Go file with a generated-code line,
// "// Code generated ... DO NOT EDIT.", before its package clause
// (https://go.dev/s/generatedcode).
func isGenerated(src []byte) bool {
	f, err := parser.ParseFile(token.NewFileSet(), "", src, parser.PackageClauseOnly|parser.ParseComments)
	return err == nil && ast.IsGenerated(f)
}

// apply makes the changes: first all writes, then all removals.
func (o *output) apply(g *globals) error {
	for _, w := range o.writes {
		if err := os.MkdirAll(filepath.Dir(w.path), 0o777); err != nil {
			return err
		}
		if err := writeFile(w.path, w.data); err != nil {
			return err
		}
		g.logf("wrote %s", w.path)
	}
	for _, path := range o.removes {
		if err := os.Remove(path); err != nil {
			return err
		}
		g.logf("removed %s", path)
	}
	return nil
}

// writeFile replaces the file at path with data atomically: it writes a
// temporary file in the same directory and renames it, so that an
// interrupted run leaves either the old file or the new one. The temporary
// name begins with "." so that the go command ignores a leftover one.
func writeFile(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Chmod(0o644)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}
