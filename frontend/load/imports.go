package load

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// This file follows the imports between packages, loads the packages and
// files they name that the paths left out, orders the packages so that
// each comes after those it imports, and serves the checked packages to
// the checker of their importers.

// An importEdge is an import of another package.
type importEdge struct {
	to   *Package
	path *syntax.BasicLit
}

// followImports records the imports of every file, loading what they name
// that is not loaded yet, then orders the packages and reports cycles.
func (prog *Program) followImports() error {
	// Packages and files grow as imports name ones that were not loaded.
	for changed := true; changed; {
		changed = false
		for i := 0; i < len(prog.Packages); i++ {
			p := prog.Packages[i]
			for p.scanned < len(p.Syntax) {
				f := p.Syntax[p.scanned]
				p.scanned++
				changed = true
				if err := prog.fileImports(p, f); err != nil {
					return err
				}
			}
		}
	}
	slices.SortFunc(prog.Packages, byRel)
	for _, p := range prog.Packages {
		for _, e := range p.imports {
			p.Imports = append(p.Imports, e.to)
			e.to.Importers = append(e.to.Importers, p)
		}
	}
	prog.sort()
	return nil
}

// fileImports records the imports of other packages in f, a file of p,
// and loads the files and packages they name that are not loaded yet but
// belong to the program: files of p's directory, and directories below
// that of a package whose Rel is ".".
func (prog *Program) fileImports(p *Package, f *syntax.File) error {
	for _, d := range f.Decls {
		d, ok := d.(*syntax.ImportDecl)
		if !ok || d.Path == nil || types.ClassifyImport(d.Path.Value) != types.ImportRelative {
			continue
		}
		target, isFile := types.ResolveImport(filepath.Dir(f.Name), d.Path.Value)
		dir := target
		if isFile {
			dir = filepath.Dir(target)
		}
		abs, err := filepath.Abs(dir)
		if err != nil {
			return err
		}
		q := prog.byDir[abs]
		if q == nil {
			if q, err = prog.loadDir(dir, abs); err != nil || q == nil {
				return err
			}
		}
		if isFile && !slices.Contains(q.names, filepath.Base(target)) {
			if err := prog.loadFile(q, target); err != nil {
				return err
			}
		}
		if q != p && !slices.ContainsFunc(p.imports, func(e importEdge) bool { return e.to == q }) {
			p.imports = append(p.imports, importEdge{q, d.Path})
		}
	}
	return nil
}

// loadDir loads the package of directory dir if it lies below the
// directory of a package whose Rel is ".", and returns nil if it does not,
// or does not exist: the checker then reports the import.
func (prog *Program) loadDir(dir, abs string) (*Package, error) {
	var rel string
	found := false
	for _, p := range prog.Packages {
		if r, err := filepath.Rel(p.abs, abs); p.Rel == "." && err == nil && filepath.IsLocal(r) {
			rel, found = r, true
			break
		}
	}
	if !found && prog.anywhere {
		rel, found = dir, true
	}
	if !found {
		return nil, nil
	}
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	q := &Package{Dir: dir, Rel: rel, Added: true}
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".vx") && !Ignored(e.Name()) {
			q.names = append(q.names, e.Name())
		}
	}
	q.names = append(q.names, prog.overlayOnly(dir, q.names)...)
	if len(q.names) == 0 {
		return nil, nil
	}
	if err := prog.add(q); err != nil {
		return nil, err
	}
	files := make([]pkgFile, len(q.names))
	for i, name := range q.names {
		f, err := prog.addFile(filepath.Join(dir, name))
		if err != nil {
			return nil, err
		}
		files[i] = pkgFile{q, f}
	}
	prog.parse(files)
	return q, nil
}

// loadFile adds the file at path, if it exists, to the package of its
// directory.
func (prog *Program) loadFile(p *Package, path string) error {
	name := filepath.Base(path)
	err := prog.readFile(p, filepath.Join(p.Dir, name))
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err == nil {
		p.names = append(p.names, name)
	}
	return err
}

// sort orders the packages so that each comes after those it imports, and
// reports import cycles.
func (prog *Program) sort() {
	const (
		visiting = 1
		done     = 2
	)
	state := make(map[*Package]int)
	var stack []*Package
	var visit func(p *Package)
	visit = func(p *Package) {
		state[p] = visiting
		stack = append(stack, p)
		for _, e := range p.imports {
			switch state[e.to] {
			case 0:
				visit(e.to)
			case visiting:
				cycle := stack[slices.Index(stack, e.to):]
				names := make([]string, 0, len(cycle)+1)
				for _, q := range cycle {
					names = append(names, q.Dir)
					q.broken = true
				}
				names = append(names, e.to.Dir)
				// Report the cycle at the import that starts it.
				first := e
				if len(cycle) > 1 {
					from := cycle[0].imports
					first = from[slices.IndexFunc(from, func(e importEdge) bool { return e.to == cycle[1] })]
				}
				prog.Diags.ErrorSpan(first.path.Pos(), first.path.End(), "import cycle not allowed: %s", strings.Join(names, " imports "))
			}
		}
		stack = stack[:len(stack)-1]
		state[p] = done
		prog.Order = append(prog.Order, p)
	}
	for _, p := range prog.Packages {
		if state[p] == 0 {
			visit(p)
		}
	}
}

// Ready reports whether p can be checked: it has files, no syntax errors,
// is in no import cycle, and the packages it imports are checked.
func (p *Package) Ready() bool {
	if len(p.Files) == 0 || p.broken {
		return false
	}
	for _, q := range p.Imports {
		if q.Types == nil {
			return false
		}
	}
	return true
}

// HasImports reports whether a package of the program imports another.
func (prog *Program) HasImports() bool {
	for _, p := range prog.Packages {
		if len(p.Imports) > 0 {
			return true
		}
	}
	return false
}

// PackageOf returns the package of the program that was checked as t, or
// nil.
func (prog *Program) PackageOf(t *types.Package) *Package {
	for _, p := range prog.Packages {
		if p.Types == t {
			return p
		}
	}
	return nil
}

// Importer returns the importer that serves p's imports of the other
// packages of the program to the checker.
func (p *Package) Importer() types.Importer { return importer{p.prog} }

type importer struct{ prog *Program }

func (im importer) Import(importPath, dir string) (*types.Package, error) {
	if types.ClassifyImport(importPath) == types.ImportGo {
		return im.prog.importGo(strings.TrimPrefix(importPath, "go:"))
	}
	target, isFile := types.ResolveImport(dir, importPath)
	pkgDir := target
	if isFile {
		pkgDir = filepath.Dir(target)
	}
	abs, err := filepath.Abs(pkgDir)
	if err != nil {
		return nil, err
	}
	p := im.prog.byDir[abs]
	if isFile && !im.prog.inOverlay(target) {
		if _, err := os.Stat(target); err != nil {
			return nil, fmt.Errorf("cannot find %q: there is no file %s", importPath, target)
		}
	}
	switch fi, err := os.Stat(pkgDir); {
	case p != nil && len(p.Files) > 0:
	case err != nil:
		return nil, fmt.Errorf("cannot find %q: there is no directory %s", importPath, pkgDir)
	case !fi.IsDir():
		return nil, fmt.Errorf("cannot import %q: %s is not a directory", importPath, pkgDir)
	case p != nil:
		return nil, fmt.Errorf("cannot import %q: there are no .vx files in %s", importPath, pkgDir)
	default:
		return nil, fmt.Errorf("cannot import %q: %s is outside the directories being built; build a directory that holds both", importPath, pkgDir)
	}
	if p.Types == nil {
		// Its errors are reported; its importers are not ready.
		return nil, fmt.Errorf("cannot import %q: it has errors", importPath)
	}
	return p.Types, nil
}
