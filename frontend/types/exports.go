package types

import (
	"fmt"
	"path/filepath"
	"slices"

	"github.com/vexlang/vex2go/frontend/syntax"
)

// This file checks exports: what a package exports and re-exports, that
// an importer uses only exported items of another package (its fields and
// methods too) and names in the files that import them, and that an
// exported item's type uses only exported types.

// exportedBy returns the exported object named by id in pkg, or in its
// file when file is not nil, reporting why there is none.
func (c *checker) exportedBy(pkg *Package, file *syntax.File, id *syntax.Ident, path string) Object {
	name := id.Name
	obj := pkg.Exports[name]
	if obj == nil {
		if d := pkg.item(name); d != nil {
			c.errorf(id, "%s %s is not exported by %q; declare it with export", itemKind(d), name, path)
		} else {
			c.errorf(id, "%q has no exported item %s", path, name)
		}
		return nil
	}
	if file != nil && !fileExports(file)[name] {
		c.errorf(id, "%s is not exported from %s", name, filepath.Base(file.Name))
		return nil
	}
	c.checkLeaks(pkg, obj, id, path)
	return obj
}

// item returns the declaration of the top-level item name of pkg, or nil.
func (pkg *Package) item(name string) syntax.Decl {
	for _, f := range pkg.Files {
		for _, d := range f.Decls {
			if id := itemName(d); id != nil && id.Name == name {
				return d
			}
		}
	}
	return nil
}

// fileExports returns the names that a file exports: its exported items
// and its re-exports.
func fileExports(f *syntax.File) map[string]bool {
	m := make(map[string]bool)
	for _, d := range f.Decls {
		if imp, ok := d.(*syntax.ImportDecl); ok && imp.Export {
			if imp.Star != nil {
				m[imp.Star.Name] = true
			}
			for _, n := range imp.Names {
				if n.Alias != nil {
					m[n.Alias.Name] = true
				} else {
					m[n.Name.Name] = true
				}
			}
			continue
		}
		if id := itemName(d); id != nil && d.Exported() {
			m[id.Name] = true
		}
	}
	return m
}

// reexport records that the package exports obj as id.
func (c *checker) reexport(id *syntax.Ident, obj Object) {
	if prev, ok := c.imp.exports[id.Name]; ok && !sameObject(prev, obj) {
		c.errorf(id, "%s is exported twice, as different items", id.Name)
		return
	}
	if d, ok := c.imp.local[id.Name]; ok {
		c.errorf(id, "%s is already declared in this package at %s; rename the re-export with \"as\"", id.Name, c.fset.Position(d.Pos()))
		return
	}
	c.imp.exports[id.Name] = obj
}

// sameObject reports whether two imported objects are the same item.
func sameObject(a, b Object) bool {
	if pa, ok := a.(*PkgName); ok {
		pb, ok := b.(*PkgName)
		return ok && pa.Pkg == pb.Pkg
	}
	return a == b
}

// checkLeaks reports an imported function or constant whose type uses a
// type that its package does not export: the generated Go could not name
// it.
func (c *checker) checkLeaks(pkg *Package, obj Object, at syntax.Node, from string) {
	var t Type
	switch obj := obj.(type) {
	case *FuncObj:
		t = obj.Sig
	case *Const:
		t = obj.Type
	default:
		return
	}
	var hidden *Named
	walkType(t, func(n *Named) {
		if hidden == nil && !n.Generic().Export && slices.Contains(pkg.Named, n.Generic()) {
			hidden = n.Generic()
		}
	})
	if hidden != nil {
		c.errorf(at, "cannot use %s from %q: its type uses %s, which that package does not export", obj.Name(), from, hidden.Obj.Name())
	}
}

// walkType calls f for each user type that t mentions.
func walkType(t Type, f func(*Named)) {
	switch t := Resolve(t).(type) {
	case *Named:
		f(t)
		for _, a := range t.Args {
			walkType(a, f)
		}
	case *Tuple:
		for _, e := range t.Elems {
			walkType(e, f)
		}
	case *Func:
		for _, p := range t.Params {
			walkType(p, f)
		}
		walkType(t.Result, f)
	case *Array:
		walkType(t.Elem, f)
	case *Slice:
		walkType(t.Elem, f)
	case *Vec:
		walkType(t.Elem, f)
	case *Set:
		walkType(t.Elem, f)
	case *Map:
		walkType(t.Key, f)
		walkType(t.Elem, f)
	case *Ref:
		walkType(t.Elem, f)
	case *Option:
		walkType(t.Elem, f)
	case *Result:
		walkType(t.Ok, f)
		walkType(t.Err, f)
	case *Channel:
		walkType(t.Elem, f)
	case *Future:
		walkType(t.Elem, f)
	case *StdType:
		if t.Elem != nil {
			walkType(t.Elem, f)
		}
	}
}

// finishImports runs once the package is checked: it reports names used in
// a file that does not import them and members of other packages that
// they do not export, and records the package's imports and exports.
func (c *checker) finishImports(pkg *Package) {
	st := c.imp
	pkg.Imports = st.pkgs
	pkg.Exports = make(map[string]Object)
	for _, f := range pkg.Files {
		for _, d := range f.Decls {
			if id := itemName(d); id != nil && d.Exported() {
				if obj := c.info.Defs[id]; obj != nil {
					pkg.Exports[id.Name] = obj
				}
			}
			if fd, ok := d.(*syntax.FuncDecl); ok && fd.Export {
				if obj := c.info.Funcs[fd]; obj != nil && obj.Extends != nil {
					pkg.Extensions = append(pkg.Extensions, obj)
				}
			}
		}
	}
	for name, obj := range st.exports {
		pkg.Exports[name] = obj
	}
	for _, f := range pkg.Files {
		c.checkFileImports(f)
	}
	c.checkForeignMembers(pkg)
}

// checkFileImports reports the uses in f of names that other files of the
// package import, but f does not.
func (c *checker) checkFileImports(f *syntax.File) {
	st := c.imp
	if len(st.bound) == 0 {
		return
	}
	file := filepath.Clean(f.Name)
	missing := false
	for _, b := range st.bound {
		missing = missing || !b.files[file]
	}
	if !missing {
		return // f imports every name that the package's imports bind
	}
	skip := make(map[*syntax.Ident]bool)
	syntax.Inspect(f, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.ImportDecl:
			return false
		case *syntax.SelectorExpr:
			if _, ok := c.info.Uses[n.Sel]; ok {
				skip[n.Sel] = true
			}
		case *syntax.NamedType:
			if n.Pkg != nil {
				skip[n.Name] = true
			}
		}
		return true
	})
	reported := make(map[string]bool)
	syntax.Inspect(f, func(n syntax.Node) bool {
		if _, ok := n.(*syntax.ImportDecl); ok {
			return false
		}
		id, ok := n.(*syntax.Ident)
		if !ok || skip[id] || reported[id.Name] {
			return true
		}
		b := st.bound[id.Name]
		if b == nil || b.files[file] || c.info.Uses[id] != b.obj {
			return true
		}
		reported[id.Name] = true
		c.errorf(id, "%s is imported in %s, not in this file; import it here too", id.Name, filepath.Base(b.file))
		return true
	})
}

// checkForeignMembers reports the uses of fields and methods of another
// package's types that it does not export.
func (c *checker) checkForeignMembers(pkg *Package) {
	if len(c.imp.pkgs) == 0 {
		return
	}
	owner := make(map[*Field]*Named)
	var visit func(p *Package, seen map[*Package]bool)
	visit = func(p *Package, seen map[*Package]bool) {
		if seen[p] {
			return
		}
		seen[p] = true
		for _, n := range p.Named {
			for _, f := range n.Fields {
				owner[f] = n
			}
		}
		for _, q := range p.Imports {
			visit(q, seen)
		}
	}
	seen := make(map[*Package]bool)
	for _, p := range c.imp.pkgs {
		visit(p, seen)
	}
	type report struct {
		at  syntax.Node
		msg string
	}
	var reports []report
	for e, f := range c.info.Fields {
		if n := owner[f]; n != nil && !f.Export {
			reports = append(reports, report{e, fmt.Sprintf("field %s of %s is not exported by its package", f.Name, n.Obj.Name())})
		}
	}
	for e, call := range c.info.Calls {
		m := call.Func()
		if m == nil || m.Owner == nil || c.isOwn(m.Owner) || m.Export || m.Owner.Export {
			continue
		}
		reports = append(reports, report{e.Fun, fmt.Sprintf("%s.%s is not exported by its package", m.Owner.Obj.Name(), m.Name())})
	}
	for _, file := range pkg.Files {
		syntax.Inspect(file, func(n syntax.Node) bool {
			lit, ok := n.(*syntax.StructLit)
			if !ok {
				return true
			}
			st, ok := Resolve(c.info.Types[lit]).(*Named)
			if !ok || c.isOwn(st) {
				return true
			}
			for _, f := range st.Generic().Fields {
				if !f.Export {
					reports = append(reports, report{lit.Type, fmt.Sprintf("cannot construct %s here: its field %s is not exported by its package", st.Obj.Name(), f.Name)})
					break
				}
			}
			return true
		})
	}
	slices.SortFunc(reports, func(a, b report) int { return int(a.at.Pos()) - int(b.at.Pos()) })
	for _, r := range reports {
		c.errorf(r.at, "%s", r.msg)
	}
}
