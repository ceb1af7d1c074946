package types

import (
	"path/filepath"
	"slices"
	"strings"

	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
)

// This file checks imports and re-exports: `import { a, b as c } from "path"`,
// `import * as m from "path"`, and the re-exports `export { a } from "path"`
// and `export * as m from "path"`.
//
// The files of one directory are one package and share one scope, as in
// Go: their items see each other without imports. An import between files
// of one package is a check only (the names must exist and be exported from
// that file). An import from another directory binds names in the package
// scope, but a file may only use the names that it imports itself.

// An Importer gives the checker the packages that a package imports.
type Importer interface {
	// Import returns the type-checked package that path denotes, as written
	// in an import in a file of directory dir. Path is relative ("./geom",
	// "../geom/shapes.vx", naming a directory or a file in it), names a
	// standard module ("sync"), or names a Go package ("go:net/http"), for
	// which it returns the Package that NewGoPackage makes.
	Import(path, dir string) (*Package, error)
}

// Config configures CheckPackage.
type Config struct {
	// Importer serves the imports of other directories. Standard modules are
	// served by StdImporter in front of it. Nil: no other directories.
	Importer Importer
}

// CheckPackage type-checks the files of one package, the .vx files of one
// directory, with the packages it imports, reporting problems to diags.
func CheckPackage(fset *source.FileSet, files []*syntax.File, conf *Config, diags *source.List) *Package {
	var imp Importer
	if conf != nil {
		imp = conf.Importer
	}
	return check(fset, files, StdImporter(imp), diags)
}

// PkgName is the name of an imported package: m in `import * as m`.
type PkgName struct {
	object
	Pkg *Package
}

// ImportKind classifies import paths.
type ImportKind uint8

const (
	ImportRelative ImportKind = iota // "./x.vx", "../geom": a file or directory
	ImportStd                        // "sync", "time": a standard module
	ImportGo                         // "go:net/http": a Go package
	ImportBad                        // "", "/abs", "a\\b": not an import path
)

// ClassifyImport tells what kind of import path path is.
func ClassifyImport(path string) ImportKind {
	switch {
	case strings.HasPrefix(path, "go:"):
		return ImportGo
	case path == "" || strings.HasPrefix(path, "/") || strings.Contains(path, "\\"):
		return ImportBad
	case path == "." || path == ".." || strings.HasPrefix(path, "./") || strings.HasPrefix(path, "../"):
		return ImportRelative
	}
	return ImportStd
}

// ResolveImport returns the file or directory that the relative import
// path denotes from a file of directory dir, and whether it is a .vx file.
func ResolveImport(dir, path string) (target string, file bool) {
	return filepath.Join(dir, filepath.FromSlash(path)), strings.HasSuffix(path, ".vx")
}

// importState is what the checker knows about the imports of its package.
type importState struct {
	importer Importer
	dir      string                   // the package's directory
	files    map[string]*syntax.File  // the package's files by cleaned name
	local    map[string]syntax.Node   // the package's top-level items by name
	bound    map[string]*binding      // names that imports bind in the package scope
	exports  map[string]Object        // re-exported names
	resolved map[*syntax.Ident]Object // what each name of an import or re-export denotes
	reported map[syntax.Node]bool     // qualified names already reported
	pkgs     []*Package               // the imported packages, in order
}

// A binding is a name that imports bind in the package scope.
type binding struct {
	obj   Object
	files map[string]bool // the files that import it
	from  string          // the path it is imported from, for messages
	file  string          // the first file that imports it
}

// importDecls checks the imports of every file, before the package's own
// items are collected: imported types may appear in their declarations.
func (c *checker) importDecls(files []*syntax.File) {
	st := &importState{
		importer: c.importer,
		files:    make(map[string]*syntax.File),
		local:    make(map[string]syntax.Node),
		bound:    make(map[string]*binding),
		exports:  make(map[string]Object),
		resolved: make(map[*syntax.Ident]Object),
		reported: make(map[syntax.Node]bool),
	}
	c.imp = st
	if len(files) > 0 {
		st.dir = filepath.Dir(filepath.Clean(files[0].Name))
	}
	for _, f := range files {
		st.files[filepath.Clean(f.Name)] = f
		for _, d := range f.Decls {
			if id := itemName(d); id != nil {
				if _, dup := st.local[id.Name]; !dup {
					st.local[id.Name] = id
				}
			}
		}
	}
	// Imports of other packages first, then those between files of this
	// package, which may pass on names the others bound.
	var same []*syntax.ImportDecl
	var sameFiles []*syntax.File
	for _, f := range files {
		for _, d := range f.Decls {
			d, ok := d.(*syntax.ImportDecl)
			if !ok || d.Path == nil {
				continue
			}
			if target, ok := c.sameDirFile(f, d); ok {
				if target != "" {
					same = append(same, d)
					sameFiles = append(sameFiles, f)
				}
				continue
			}
			c.importDecl(f, d)
		}
	}
	for i, d := range same {
		c.sameDirImport(sameFiles[i], d, map[*syntax.ImportDecl]bool{})
	}
}

// itemName returns the name that a top-level item declares in the package
// scope, or nil.
func itemName(d syntax.Decl) *syntax.Ident {
	if f, ok := d.(*syntax.FuncDecl); ok && (f.Recv != nil || f.Assoc != nil) {
		return nil
	}
	return syntax.DeclName(d)
}

// itemKind names the kind of an item for diagnostics.
func itemKind(d syntax.Decl) string {
	switch d.(type) {
	case *syntax.FuncDecl:
		return "fn"
	case *syntax.StructDecl:
		return "struct"
	case *syntax.EnumDecl:
		return "enum"
	case *syntax.ContractDecl:
		return "contract"
	case *syntax.ConstDecl:
		return "const"
	case *syntax.TypeAliasDecl:
		return "type"
	}
	return "item"
}

// sameDirFile reports whether d imports a file of this package's own
// directory, and returns its cleaned name; the name is "" when the import
// is wrong, which has been reported.
func (c *checker) sameDirFile(f *syntax.File, d *syntax.ImportDecl) (string, bool) {
	path := d.Path.Value
	if ClassifyImport(path) != ImportRelative {
		return "", false
	}
	target, isFile := ResolveImport(filepath.Dir(f.Name), path)
	if !isFile {
		if target == c.imp.dir {
			c.errorf(d.Path, "a package cannot import itself; its files share one scope (import a file of it: \"./x.vx\")")
			return "", true
		}
		return "", false
	}
	if filepath.Dir(target) != c.imp.dir {
		return "", false
	}
	switch {
	case c.imp.files[target] == nil:
		c.errorf(d.Path, "cannot import %q: there is no file %s in this package", path, filepath.Base(target))
		return "", true
	case target == filepath.Clean(f.Name):
		c.errorf(d.Path, "a file cannot import itself")
		return "", true
	case d.Star != nil:
		c.errorf(d.Star, "import * is not supported between files of one package: their items share one scope; import the names, or use them directly")
		return "", true
	}
	return target, true
}

// importDecl checks an import or re-export of another package or a
// standard module.
func (c *checker) importDecl(f *syntax.File, d *syntax.ImportDecl) {
	path := d.Path.Value
	switch ClassifyImport(path) {
	case ImportBad:
		c.errorf(d.Path, "bad import path %q: a relative path starts with ./ or ../ and uses /", path)
		return
	}
	pkg, err := c.imp.importer.Import(path, filepath.Dir(f.Name))
	if err != nil {
		c.errorf(d.Path, "%s", err)
		c.bindInvalid(f, d)
		return
	}
	if pkg == nil {
		c.bindInvalid(f, d) // the importer has reported the problem
		return
	}
	if pkg.Go != nil {
		c.goImport(f, d, pkg) // goimport.go
		return
	}
	if pkg.Main != nil {
		c.errorf(d.Path, "cannot import %q: it is a program (it declares fn main), not a library", path)
		c.bindInvalid(f, d)
		return
	}
	if c.gos.fset == nil {
		c.gos.fset = pkg.GoFset // the positions of the Go types its items use
	}
	if pkg.Std == "" && !slices.Contains(c.imp.pkgs, pkg) {
		c.imp.pkgs = append(c.imp.pkgs, pkg) // a standard module is no Go package to import
	}
	// An import of one file of another package takes only what that file
	// exports.
	var file *syntax.File
	if target, isFile := ResolveImport(filepath.Dir(f.Name), path); isFile {
		for _, pf := range pkg.Files {
			if filepath.Clean(pf.Name) == target {
				file = pf
			}
		}
		if file == nil {
			c.errorf(d.Path, "cannot import %q: there is no file %s in that package", path, filepath.Base(target))
			return
		}
	}
	if d.Star != nil {
		pn := &PkgName{object: object{d.Star.Name, d.Star.Pos()}, Pkg: pkg}
		c.info.Defs[d.Star] = pn
		c.imp.resolved[d.Star] = pn
		if file != nil {
			c.errorf(d.Star, "import * takes a package: import from %q, the file's directory", pathDir(path))
			return
		}
		c.bindOrExport(f, d, d.Star, pn, path)
		return
	}
	for _, n := range d.Names {
		id := n.Name
		if n.Alias != nil {
			id = n.Alias
		}
		obj := c.exportedBy(pkg, file, n.Name, path)
		if obj == nil {
			if !d.Export {
				c.bind(f, id, placeholder(id), path) // exportedBy has reported it
			}
			continue
		}
		c.info.Uses[n.Name] = obj
		c.imp.resolved[id] = obj
		c.bindOrExport(f, d, id, obj, path)
	}
}

// bindInvalid binds the names of an import that failed to placeholders,
// so that their uses draw no more errors: a package without members, or
// what placeholder gives.
func (c *checker) bindInvalid(f *syntax.File, d *syntax.ImportDecl) {
	if d.Export {
		return
	}
	path := d.Path.Value
	if d.Star != nil {
		c.bind(f, d.Star, &PkgName{object: object{d.Star.Name, d.Star.Pos()}}, path)
		return
	}
	for _, n := range d.Names {
		id := n.Name
		if n.Alias != nil {
			id = n.Alias
		}
		c.bind(f, id, placeholder(id), path)
	}
}

// placeholder returns what a name that failed to import stands for: a
// type for a name that starts upper-case, else a value of the invalid
// type.
func placeholder(id *syntax.Ident) Object {
	if r := id.Name[0]; 'A' <= r && r <= 'Z' {
		return &TypeName{object: object{id.Name, id.Pos()}, Type: InvalidType}
	}
	return &Const{object: object{id.Name, id.Pos()}, Type: InvalidType}
}

func pathDir(path string) string {
	if i := strings.LastIndex(path, "/"); i >= 0 {
		return path[:i]
	}
	return "."
}

// bindOrExport binds an imported name in the package scope, or records a
// re-export.
func (c *checker) bindOrExport(f *syntax.File, d *syntax.ImportDecl, id *syntax.Ident, obj Object, path string) {
	if d.Export {
		c.reexport(id, obj)
		return
	}
	c.bind(f, id, obj, path)
}

// bind makes id name obj in the package scope, for the uses in file f.
func (c *checker) bind(f *syntax.File, id *syntax.Ident, obj Object, path string) {
	name := id.Name
	file := filepath.Clean(f.Name)
	if d, ok := c.imp.local[name]; ok {
		c.errorf(id, "%s is already declared in this package at %s; rename the import with \"as\"", name, c.fset.Position(d.Pos()))
		return
	}
	if name == "main" {
		c.errorf(id, "an import cannot be named main, the name of the program's entry point")
		return
	}
	if b := c.imp.bound[name]; b != nil {
		if sameObject(b.obj, obj) {
			b.files[file] = true
			return
		}
		c.errorf(id, "%s is already imported from %q in %s; rename this import with \"as\"", name, b.from, filepath.Base(b.file))
		return
	}
	if pn, ok := obj.(*PkgName); ok && pn.name != name {
		// A re-exported package name takes the name it is imported as.
		obj = &PkgName{object: object{name, id.Pos()}, Pkg: pn.Pkg}
	}
	c.imp.bound[name] = &binding{obj: obj, files: map[string]bool{file: true}, from: path, file: file}
	c.pkg.insertAs(name, obj)
}

// insertAs adds obj to s under name, which may differ from obj's own name.
func (s *Scope) insertAs(name string, obj Object) {
	if s.names == nil {
		s.names = make(map[string]Object)
	}
	s.names[name] = obj
}

// sameDirImport checks an import or re-export between files of this
// package. Their items share the package scope already, so it only binds
// what the other file re-exports from other packages. seen guards against
// cycles of re-exports.
func (c *checker) sameDirImport(f *syntax.File, d *syntax.ImportDecl, seen map[*syntax.ImportDecl]bool) {
	if seen[d] {
		return
	}
	seen[d] = true
	target, _ := ResolveImport(filepath.Dir(f.Name), d.Path.Value)
	tf := c.imp.files[target]
	base := filepath.Base(target)
	for _, n := range d.Names {
		id := n.Name
		if n.Alias != nil {
			id = n.Alias
		}
		if _, done := c.imp.resolved[id]; done {
			continue
		}
		obj, reexp := c.fileItem(tf, n.Name.Name, seen)
		switch {
		case obj == nil && !reexp:
			if d := declIn(tf, n.Name.Name); d != nil {
				c.errorf(n.Name, "%s %s is not exported from %s; declare it with export", itemKind(d), n.Name.Name, base)
			} else {
				c.errorf(n.Name, "%s has no exported item %s", base, n.Name.Name)
			}
			continue
		case obj == nil:
			// An item of this package.
			if n.Alias != nil && n.Alias.Name != n.Name.Name {
				c.errorf(n.Alias, "cannot rename %s: the files of one directory share one scope, so it is %s in every file", n.Name.Name, n.Name.Name)
			}
			c.imp.resolved[id] = nil
			continue
		}
		c.info.Uses[n.Name] = obj
		c.imp.resolved[id] = obj
		c.bindOrExport(f, d, id, obj, d.Path.Value)
	}
}

// fileItem finds name among the exports of file f of this package: an
// exported item of the package (obj nil, ok true), or something f
// re-exports from another package (obj).
func (c *checker) fileItem(f *syntax.File, name string, seen map[*syntax.ImportDecl]bool) (Object, bool) {
	for _, d := range f.Decls {
		imp, ok := d.(*syntax.ImportDecl)
		if !ok {
			if id := itemName(d); id != nil && id.Name == name && d.Exported() {
				return nil, true
			}
			continue
		}
		if !imp.Export {
			continue
		}
		if imp.Star != nil && imp.Star.Name == name {
			obj := c.imp.resolved[imp.Star]
			return obj, obj != nil
		}
		for _, n := range imp.Names {
			id := n.Name
			if n.Alias != nil {
				id = n.Alias
			}
			if id.Name != name {
				continue
			}
			if _, done := c.imp.resolved[id]; !done && imp.Path != nil {
				if c.sameDirFileQuiet(f, imp) {
					c.sameDirImport(f, imp, seen)
				}
			}
			obj, done := c.imp.resolved[id]
			return obj, done
		}
	}
	return nil, false
}

// sameDirFileQuiet reports whether d is a valid import of another file of
// this package, like sameDirFile but without diagnostics.
func (c *checker) sameDirFileQuiet(f *syntax.File, d *syntax.ImportDecl) bool {
	path := d.Path.Value
	if ClassifyImport(path) != ImportRelative || d.Star != nil {
		return false
	}
	target, isFile := ResolveImport(filepath.Dir(f.Name), path)
	return isFile && filepath.Dir(target) == c.imp.dir && c.imp.files[target] != nil && target != filepath.Clean(f.Name)
}

// declIn returns the declaration of item name in file f, or nil.
func declIn(f *syntax.File, name string) syntax.Decl {
	for _, d := range f.Decls {
		if id := itemName(d); id != nil && id.Name == name {
			return d
		}
	}
	return nil
}

// isOwn reports whether n is declared in this package.
func (c *checker) isOwn(n *Named) bool {
	return slices.Contains(c.named, n.Generic())
}

// enumsInScope returns the enums whose variants a bare name may stand
// for: this package's, and those imported by name.
func (c *checker) enumsInScope() []*Named {
	if c.imp == nil || len(c.imp.bound) == 0 {
		return c.named
	}
	out := slices.Clone(c.named)
	names := make([]string, 0, len(c.imp.bound))
	for name := range c.imp.bound {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		if tn, ok := c.imp.bound[name].obj.(*TypeName); ok {
			if n, ok := tn.Type.(*Named); ok && n.Kind == EnumKind && !slices.Contains(out, n) {
				out = append(out, n)
			}
		}
	}
	return out
}

// importExtensions makes the exported extension methods of the imported
// packages methods of their built-in types here too, as a Vex program that
// imports a package uses its extensions; one declared here of the same
// type and name hides an imported one.
func (c *checker) importExtensions() {
	for _, p := range c.imp.pkgs {
		for _, fn := range p.Extensions {
			if key := (extKey{fn.Extends, fn.Name()}); c.extensions[key] == nil {
				c.extensions[key] = fn
			}
		}
	}
}
