package main

import (
	"bufio"
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// This file finds the imports between packages, loads the packages and
// files they name that the paths on the command line left out, orders the
// packages so that each is checked after those it imports, and serves the
// checked packages to the checker of their importers.

// An importGraph is the packages of a build and their imports.
type importGraph struct {
	fset  *source.FileSet
	diags *source.List
	pkgs  []*pkg
	byDir map[string]*pkg // by absolute directory
	edges map[*pkg][]importEdge
	order []*pkg        // dependencies first
	bad   map[*pkg]bool // packages with syntax errors, in a cycle, or failed
	byPkg map[*types.Package]*pkg
}

// An importEdge is an import of another package.
type importEdge struct {
	to   *pkg
	path *syntax.BasicLit
}

// loadImports parses the packages, follows their imports and orders them.
// Syntax errors and import cycles go to diags; the error is for a problem
// of the file system.
func loadImports(fset *source.FileSet, pkgs []*pkg, diags *source.List) (*importGraph, error) {
	g := &importGraph{fset: fset, diags: diags, byDir: map[string]*pkg{}, edges: map[*pkg][]importEdge{},
		bad: map[*pkg]bool{}, byPkg: map[*types.Package]*pkg{}}
	for _, p := range pkgs {
		if err := g.add(p); err != nil {
			return nil, err
		}
	}
	// Packages and files grow as imports name ones that were not loaded.
	scanned := map[*pkg]int{}
	for changed := true; changed; {
		changed = false
		for i := 0; i < len(g.pkgs); i++ {
			p := g.pkgs[i]
			for scanned[p] < len(p.Syntax) {
				f := p.Syntax[scanned[p]]
				scanned[p]++
				changed = true
				if err := g.fileImports(p, f); err != nil {
					return nil, err
				}
			}
		}
	}
	slices.SortFunc(g.pkgs, func(a, b *pkg) int {
		return cmp.Or(strings.Compare(a.out, b.out), strings.Compare(a.Dir, b.Dir))
	})
	g.sort()
	return g, nil
}

// add adds a package and parses its files.
func (g *importGraph) add(p *pkg) error {
	abs, err := filepath.Abs(p.Dir)
	if err != nil {
		return err
	}
	g.byDir[abs] = p
	g.pkgs = append(g.pkgs, p)
	p.result = &pkgResult{}
	p.Importer = graphImporter{g}
	for _, f := range p.Files {
		g.parse(p, f)
	}
	return nil
}

func (g *importGraph) parse(p *pkg, f *source.File) {
	var diags source.List
	p.Syntax = append(p.Syntax, syntax.Parse(f, &diags))
	if diags.HasErrors() {
		g.bad[p] = true
	}
	g.diags.Append(&diags)
}

// fileImports records the imports of other packages in f, a file of p,
// and loads the files and packages they name that are not loaded yet but
// belong to the build: files of p's directory, and directories below that
// of a package given by a path on the command line.
func (g *importGraph) fileImports(p *pkg, f *syntax.File) error {
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
		q := g.byDir[abs]
		if q == nil {
			if q, err = g.loadDir(dir, abs); err != nil || q == nil {
				return err
			}
		}
		if isFile && !slices.Contains(q.names, filepath.Base(target)) {
			if err := g.loadFile(q, target); err != nil {
				return err
			}
		}
		if q != p && !slices.ContainsFunc(g.edges[p], func(e importEdge) bool { return e.to == q }) {
			g.edges[p] = append(g.edges[p], importEdge{q, d.Path})
		}
	}
	return nil
}

// loadDir loads the package of directory dir if it lies below the
// directory of a package whose output goes to the output root, and returns
// nil if it does not, or does not exist: the checker then reports the
// import.
func (g *importGraph) loadDir(dir, abs string) (*pkg, error) {
	var root *pkg
	var rel string
	for _, p := range g.pkgs {
		pabs, _ := filepath.Abs(p.Dir)
		if r, err := filepath.Rel(pabs, abs); p.out == "." && err == nil && filepath.IsLocal(r) {
			root, rel = p, r
			break
		}
	}
	if root == nil {
		return nil, nil
	}
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	q := &pkg{pkgInput: pkgInput{Dir: dir}, out: rel}
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".vx") && !ignored(e.Name()) {
			q.names = append(q.names, e.Name())
		}
	}
	if len(q.names) == 0 {
		return nil, nil
	}
	for _, name := range q.names {
		path := filepath.Join(dir, name)
		src, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		q.Files = append(q.Files, g.fset.AddFile(path, src))
	}
	return q, g.add(q)
}

// loadFile adds the file at path, if it exists, to the package of its
// directory.
func (g *importGraph) loadFile(p *pkg, path string) error {
	src, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	f := g.fset.AddFile(filepath.Join(p.Dir, filepath.Base(path)), src)
	p.names = append(p.names, filepath.Base(path))
	p.Files = append(p.Files, f)
	g.parse(p, f)
	return nil
}

// sort orders the packages so that each comes after those it imports, and
// reports import cycles.
func (g *importGraph) sort() {
	const (
		visiting = 1
		done     = 2
	)
	state := map[*pkg]int{}
	var stack []*pkg
	var visit func(p *pkg)
	visit = func(p *pkg) {
		state[p] = visiting
		stack = append(stack, p)
		for _, e := range g.edges[p] {
			switch state[e.to] {
			case 0:
				visit(e.to)
			case visiting:
				cycle := stack[slices.Index(stack, e.to):]
				names := make([]string, 0, len(cycle)+1)
				for _, q := range cycle {
					names = append(names, q.Dir)
					g.bad[q] = true
				}
				names = append(names, e.to.Dir)
				// Report the cycle at the import that starts it.
				first := e
				if len(cycle) > 1 {
					first = g.edges[cycle[0]][slices.IndexFunc(g.edges[cycle[0]], func(e importEdge) bool { return e.to == cycle[1] })]
				}
				g.diags.ErrorSpan(first.path.Pos(), first.path.End(), "import cycle not allowed: %s", strings.Join(names, " imports "))
			}
		}
		stack = stack[:len(stack)-1]
		state[p] = done
		g.order = append(g.order, p)
	}
	for _, p := range g.pkgs {
		if state[p] == 0 {
			visit(p)
		}
	}
}

// ready reports whether p can be compiled: it has files, no syntax errors,
// and the packages it imports compiled.
func (g *importGraph) ready(p *pkg) bool {
	if len(p.Files) == 0 || g.bad[p] {
		return false
	}
	for _, e := range g.edges[p] {
		if g.bad[e.to] || e.to.result.pkg == nil {
			g.bad[p] = true
			return false
		}
	}
	return true
}

// compiled records the result of compiling p.
func (g *importGraph) compiled(p *pkg) {
	if p.result.pkg == nil {
		g.bad[p] = true
		return
	}
	g.byPkg[p.result.pkg] = p
}

// imports reports whether a package imports another.
func (g *importGraph) imports() bool {
	for _, es := range g.edges {
		if len(es) > 0 {
			return true
		}
	}
	return false
}

// importPath returns the Go import path of the output directory out
// (relative to the output root) under module.
func importPath(module, out string) string {
	if out == "." {
		return module
	}
	return path.Join(module, filepath.ToSlash(out))
}

// graphImporter serves the checked packages of a build to the checker.
type graphImporter struct{ g *importGraph }

func (im graphImporter) Import(importPath, dir string) (*types.Package, error) {
	target, isFile := types.ResolveImport(dir, importPath)
	pkgDir := target
	if isFile {
		pkgDir = filepath.Dir(target)
	}
	abs, err := filepath.Abs(pkgDir)
	if err != nil {
		return nil, err
	}
	p := im.g.byDir[abs]
	if isFile {
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
	if p.result.pkg == nil {
		// Its errors are reported; compile skips its importers.
		return nil, fmt.Errorf("cannot import %q: it has errors", importPath)
	}
	return p.result.pkg, nil
}

// findModule returns the import path of directory dir from the go.mod
// file of the module that holds it, or "" if there is none.
func findModule(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for d := abs; ; d = filepath.Dir(d) {
		data, err := os.ReadFile(filepath.Join(d, "go.mod"))
		if err == nil {
			mod := modulePath(data)
			if mod == "" {
				return "", nil
			}
			rel, err := filepath.Rel(d, abs)
			if err != nil {
				return "", err
			}
			return importPath(mod, rel), nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
		if filepath.Dir(d) == d {
			return "", nil
		}
	}
}

// modulePath returns the module path that a go.mod file declares.
func modulePath(gomod []byte) string {
	sc := bufio.NewScanner(bytes.NewReader(gomod))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if i := strings.Index(line, "//"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		rest, ok := strings.CutPrefix(line, "module")
		if !ok || rest == "" || rest[0] != ' ' && rest[0] != '\t' && rest[0] != '"' {
			continue
		}
		rest = strings.TrimSpace(rest)
		if s, err := strconv.Unquote(rest); err == nil {
			return s
		}
		return rest
	}
	return ""
}
