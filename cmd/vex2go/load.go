package main

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/vexlang/vex2go/frontend/source"
)

// A pkg is one Vex package, the .vx files of one source directory, and the
// directory that receives its Go files.
type pkg struct {
	pkgInput
	out   string    // output directory relative to OUT; "." is OUT itself
	names []string  // base names of the .vx files
	gen   []genFile // the generated files, once compiled
}

// loadPackages finds the packages named by the PATH arguments, sorted by
// output directory, and reads their files into fset in that order.
//
// The result includes the source directories under a directory argument
// that hold no .vx files: they compile to nothing, but their output
// directories may still hold stale files to remove.
func loadPackages(fset *source.FileSet, paths []string) ([]*pkg, error) {
	byDir := map[string]*pkg{}
	add := func(dir, out string, names []string) error {
		p := byDir[dir]
		if p == nil {
			byDir[dir] = &pkg{pkgInput: pkgInput{Dir: dir}, out: out, names: names}
			return nil
		}
		if p.out != out {
			return fmt.Errorf("%s is given twice, with different output directories", dir)
		}
		for _, name := range names {
			if !slices.Contains(p.names, name) {
				p.names = append(p.names, name)
			}
		}
		return nil
	}
	for _, path := range paths {
		path = filepath.Clean(path)
		fi, err := os.Stat(path)
		switch {
		case err != nil:
			return nil, err
		case fi.IsDir():
			err = walk(path, add)
		case filepath.Ext(path) != ".vx":
			err = fmt.Errorf("%s is not a .vx file", path)
		default:
			err = add(filepath.Dir(path), ".", []string{filepath.Base(path)})
		}
		if err != nil {
			return nil, err
		}
	}

	pkgs := make([]*pkg, 0, len(byDir))
	for _, p := range byDir {
		pkgs = append(pkgs, p)
	}
	slices.SortFunc(pkgs, func(a, b *pkg) int {
		return cmp.Or(strings.Compare(a.out, b.out), strings.Compare(a.Dir, b.Dir))
	})
	for _, p := range pkgs {
		slices.Sort(p.names)
		for _, name := range p.names {
			path := filepath.Join(p.Dir, name)
			src, err := os.ReadFile(path)
			if err != nil {
				return nil, err
			}
			p.Files = append(p.Files, fset.AddFile(path, src))
		}
	}
	return pkgs, nil
}

// walk calls add for the directory root and each directory below it that
// the go command would not ignore, with its path relative to root and the
// names of its .vx files. It fails if no directory holds .vx files.
func walk(root string, add func(dir, out string, names []string) error) error {
	found := false
	var visit func(dir string) error
	visit = func(dir string) error {
		entries, err := os.ReadDir(dir)
		if err != nil {
			return err
		}
		var names, subdirs []string
		for _, e := range entries {
			name := e.Name()
			switch {
			case ignored(name):
			case e.IsDir():
				if name != "testdata" {
					subdirs = append(subdirs, name)
				}
			case strings.HasSuffix(name, ".vx"):
				names = append(names, name)
			}
		}
		found = found || len(names) > 0
		rel, err := filepath.Rel(root, dir)
		if err == nil {
			err = add(dir, rel, names)
		}
		for _, sub := range subdirs {
			if err != nil {
				break
			}
			err = visit(filepath.Join(dir, sub))
		}
		return err
	}
	if err := visit(root); err != nil {
		return err
	}
	if !found {
		return fmt.Errorf("no .vx files in %s", root)
	}
	return nil
}

// ignored reports whether the go command would ignore a file or directory
// of this name.
func ignored(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")
}
