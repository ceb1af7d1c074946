package types

import (
	"go/token"
	gotypes "go/types"
	"slices"
	"strings"

	"github.com/vexlang/vex2go/frontend/syntax"
)

// This file checks `go:` imports (interop.md sections 1 and 2): the
// importer serves a Go package as a Package whose Go field holds its
// go/types package, and the names of a Go package resolve to objects
// that keep their go/types declarations:
//
//   - a type is a *TypeName whose Type is a *GoNamed (or the Vex type it
//     maps to, for error and aliases), with its Go declaration in Go;
//   - a function, method, struct field, package variable or constant is
//     a *GoObj.
//
// Info.Uses records them for every name that denotes one, and Info.Calls
// records a *GoObj as the callee of a call of a Go function or method, so
// that an editor can show the Go declaration.

// GoObj is a declaration of a Go package: a function, a method, a struct
// field, a package variable or a constant.
type GoObj struct {
	object
	Obj  gotypes.Object // *gotypes.Func, *gotypes.Var or *gotypes.Const
	Fset *token.FileSet // the positions of Obj
}

// Position returns the position of the Go declaration, if it is known.
func (o *GoObj) Position() token.Position {
	if o.Fset == nil {
		return token.Position{}
	}
	return o.Fset.Position(o.Obj.Pos())
}

// NewGoPackage returns the Package of a `go:` import, whose objects have
// their positions in fset. An Importer returns it for an import path that
// starts with "go:".
func NewGoPackage(pkg *gotypes.Package, fset *token.FileSet) *Package {
	return &Package{Go: pkg, GoFset: fset}
}

// goState is what a checker knows of the Go packages it imports.
type goState struct {
	objs map[gotypes.Object]Object // the Vex object of each Go declaration used
	fset *token.FileSet            // the positions of the Go packages of the run
}

// goObject returns the Vex object of the Go declaration o.
func (c *checker) goObject(o gotypes.Object) Object {
	if obj, ok := c.gos.objs[o]; ok {
		return obj
	}
	if c.gos.objs == nil {
		c.gos.objs = make(map[gotypes.Object]Object)
	}
	g := &GoObj{object: object{name: o.Name()}, Obj: o, Fset: c.gos.fset}
	var obj Object = g
	if tn, ok := o.(*gotypes.TypeName); ok {
		t, why := c.goType(tn.Type(), nil)
		if n, ok := tn.Type().(*gotypes.Named); ok && n.TypeParams().Len() > 0 {
			t, why = &GoNamed{Obj: tn}, "" // instantiated where it is used
		}
		if why != "" {
			t = InvalidType
		}
		obj = &TypeName{object: object{name: o.Name()}, Type: t, Go: g, goWhy: why}
	}
	c.gos.objs[o] = obj
	return obj
}

// goImport binds the names of an import of a Go package.
func (c *checker) goImport(f *syntax.File, d *syntax.ImportDecl, pkg *Package) {
	c.gos.fset = pkg.GoFset
	if d.Export {
		c.errorf(d.Path, "a go: import cannot be re-exported; import the Go package where it is used")
		return
	}
	if d.Star != nil {
		pn := &PkgName{object: object{d.Star.Name, d.Star.Pos()}, Pkg: pkg}
		c.info.Defs[d.Star] = pn
		c.imp.resolved[d.Star] = pn
		c.bind(f, d.Star, pn, d.Path.Value)
		return
	}
	for _, n := range d.Names {
		obj := c.goMember(pkg, n.Name)
		id := n.Name
		if n.Alias != nil {
			id = n.Alias
		}
		if obj == nil {
			c.bindInvalidName(f, id, d.Path.Value)
			continue
		}
		c.info.Uses[n.Name] = obj
		c.imp.resolved[id] = obj
		c.bind(f, id, obj, d.Path.Value)
	}
}

// bindInvalidName binds a name that a failed import names to a
// placeholder, so that its uses draw no more errors.
func (c *checker) bindInvalidName(f *syntax.File, id *syntax.Ident, path string) {
	var obj Object = &Const{object: object{id.Name, id.Pos()}, Type: InvalidType}
	if r := id.Name[0]; 'A' <= r && r <= 'Z' {
		obj = &TypeName{object: object{id.Name, id.Pos()}, Type: InvalidType}
	}
	c.bind(f, id, obj, path)
}

// goMember returns the object of the exported name id of the Go package
// pkg, reporting why there is none.
func (c *checker) goMember(pkg *Package, id *syntax.Ident) Object {
	name := id.Name
	o := pkg.Go.Scope().Lookup(name)
	switch {
	case o != nil && o.Exported():
		obj := c.goObject(o)
		c.info.Uses[id] = obj
		return obj
	case o != nil || !token.IsExported(name):
		c.errorf(id, "%s is not exported by package %s%s", name, pkg.Go.Path(), didYouMean(name, pkg.Go.Scope().Names()))
	default:
		c.errorf(id, "package %s has no exported name %s%s", pkg.Go.Path(), name, didYouMean(name, pkg.Go.Scope().Names()))
	}
	return nil
}

// didYouMean suggests the exported name among candidates that is closest
// to name, as "; did you mean X?", or "" if none is close.
func didYouMean(name string, candidates []string) string {
	exported := slices.DeleteFunc(slices.Clone(candidates), func(c string) bool { return !token.IsExported(c) })
	if best := closest(name, exported, len(name)/3+1, true); best != "" {
		return "; did you mean " + best + "?"
	}
	return ""
}

// closest returns the candidate other than name nearest to it by edit
// distance, counted without letter case when fold is set, with one that
// differs only in case at 0, and at most maxDist away; ties go to the
// first in sort order. It returns "" if none is that near.
func closest(name string, candidates []string, maxDist int, fold bool) string {
	best, bestDist := "", maxDist+1
	for _, cand := range candidates {
		if cand == name {
			continue
		}
		a, b := name, cand
		if fold {
			a, b = strings.ToLower(a), strings.ToLower(b)
		}
		d := editDistance(a, b)
		if strings.EqualFold(cand, name) {
			d = 0 // only the case differs
		}
		if d < bestDist || d == bestDist && cand < best {
			best, bestDist = cand, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// goMemberNames returns the names of the fields and methods of the Go
// type t, for suggestions.
func goMemberNames(t gotypes.Type) []string {
	var names []string
	ms := gotypes.NewMethodSet(gotypes.NewPointer(t))
	if _, isIface := t.Underlying().(*gotypes.Interface); isIface {
		ms = gotypes.NewMethodSet(t)
	}
	for i := range ms.Len() {
		names = append(names, ms.At(i).Obj().Name())
	}
	var fields func(t gotypes.Type, depth int)
	fields = func(t gotypes.Type, depth int) {
		if p, ok := t.(*gotypes.Pointer); ok {
			t = p.Elem()
		}
		st, ok := t.Underlying().(*gotypes.Struct)
		if !ok || depth > 4 {
			return
		}
		for i := range st.NumFields() {
			f := st.Field(i)
			names = append(names, f.Name())
			if f.Embedded() {
				fields(f.Type(), depth+1)
			}
		}
	}
	fields(t, 0)
	slices.Sort(names)
	return slices.Compact(names)
}
