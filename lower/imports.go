package lower

import (
	"cmp"
	"go/token"
	"maps"
	"slices"
	"strconv"
	"sync"

	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// This file lowers references to the items of imported packages: each Vex
// package is a Go package, and m.name in Vex, or a name imported from m,
// is the exported Go name qualified by m's import path.
//
// The Go names of a package's items depend on the package alone (and the
// packages it imports), so the lowering of an importer computes them again
// for each package it imports, as the lowering of that package did.

// Import is a package that generated code may import.
type Import struct {
	Path  string // import path
	Name  string // the package's Go name
	Alias string // the name the code uses for it: Name, unless that is taken
}

// importCtx is shared by the lowerers of one Lower call.
type importCtx struct {
	fset     *source.FileSet
	diags    *source.List // receives internal errors
	path     func(*types.Package) (path, name string)
	lowerers map[*types.Package]*lowerer

	// The Go names of the members of the types of every package.
	fields  map[*types.Field]string
	display map[*types.Named]string // the method that displays a type's values

	names *Names // the names of packages lowered before, or nil
}

// Names holds the Go names of the items of the packages that a build has
// lowered, which lowering the packages that import them needs: without
// it, the lowering of each package would choose again the names of every
// package it imports, directly or not. The lowerings of one build may
// share one from several goroutines, each package lowered after those it
// imports.
type Names struct {
	mu   sync.Mutex
	pkgs map[*types.Package]*namedPackage
}

// namedPackage is the lowerer of a lowered package, which no one changes
// any more, and the member names it saw.
type namedPackage struct {
	l       *lowerer
	fields  map[*types.Field]string
	display map[*types.Named]string
}

// keep records the lowerer l of pkg, lowered in ctx.
func (n *Names) keep(pkg *types.Package, l *lowerer, ctx *importCtx) {
	if n == nil {
		return
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.pkgs == nil {
		n.pkgs = make(map[*types.Package]*namedPackage)
	}
	n.pkgs[pkg] = &namedPackage{l: l, fields: ctx.fields, display: ctx.display}
}

func (n *Names) lookup(pkg *types.Package) *namedPackage {
	if n == nil {
		return nil
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.pkgs[pkg]
}

// importSet is what a lowerer knows about the packages its package
// imports, directly or through the types of their items.
type importSet struct {
	ctx     *importCtx
	list    []Import                  // sorted by path
	foreign map[any]foreignName       // Go names of the items of other packages
	methods map[string]string         // method names other packages export: Vex to Go
	aliases map[*types.Package]string // the name of each imported package
}

type foreignName struct {
	path, name string
}

// newLowerer returns a lowerer of pkg, with the names of its items.
func newLowerer(ctx *importCtx, pkg *types.Package) *lowerer {
	l := &lowerer{fset: ctx.fset, pkg: pkg, info: pkg.Info,
		names:        make(map[types.Object]string),
		typeNames:    make(map[*types.Named]string),
		aliasNames:   make(map[*types.TypeName]string),
		variantNames: make(map[*types.Variant]string),
		enumFuncs:    make(map[*types.FuncObj]string),
		methodNames:  make(map[string]string),
		markers:      make(map[*types.Named]string),
		recvNames:    make(map[*types.Named]string),
		syncNames:    make(map[*types.FuncObj]string),
	}
	ctx.lowerers[pkg] = l
	l.initImports(ctx)
	l.nameItems() // names.go
	return l
}

// lowerer returns the lowerer that names the items of pkg.
func (ctx *importCtx) lowerer(pkg *types.Package) *lowerer {
	if l := ctx.lowerers[pkg]; l != nil {
		return l
	}
	if np := ctx.names.lookup(pkg); np != nil {
		maps.Copy(ctx.fields, np.fields)
		maps.Copy(ctx.display, np.display)
		ctx.lowerers[pkg] = np.l
		return np.l
	}
	return newLowerer(ctx, pkg)
}

// deps returns the packages that pkg imports, directly or not.
func deps(pkg *types.Package) []*types.Package {
	var out []*types.Package
	seen := map[*types.Package]bool{pkg: true}
	var visit func(p *types.Package)
	visit = func(p *types.Package) {
		for _, q := range p.Imports {
			if !seen[q] {
				seen[q] = true
				out = append(out, q)
				visit(q)
			}
		}
	}
	visit(pkg)
	return out
}

// initImports chooses the names of the imported packages and learns the Go
// names of their items.
func (l *lowerer) initImports(ctx *importCtx) {
	imp := &importSet{ctx: ctx, foreign: make(map[any]foreignName), methods: make(map[string]string), aliases: make(map[*types.Package]string)}
	l.imp = imp
	defer l.goImports() // goimport.go
	pkgs := deps(l.pkg)
	if len(pkgs) == 0 {
		return
	}
	paths := make(map[*types.Package]Import)
	for _, p := range pkgs {
		path, name := "", ""
		if ctx.path != nil {
			path, name = ctx.path(p)
		}
		if name == "" {
			name = "pkg"
		}
		paths[p] = Import{Path: path, Name: name}
	}
	slices.SortStableFunc(pkgs, func(a, b *types.Package) int { return cmp.Compare(paths[a].Path, paths[b].Path) })
	taken := make(map[string]bool)
	for _, p := range pkgs {
		in := paths[p]
		alias := in.Name
		for i := 2; goReserved[alias] || taken[alias]; i++ {
			alias = in.Name + strconv.Itoa(i)
		}
		taken[alias] = true
		in.Alias = alias
		imp.aliases[p] = alias
		imp.list = append(imp.list, in)

		fl := ctx.lowerer(p)
		for obj, name := range fl.names {
			imp.foreign[obj] = foreignName{in.Path, name}
		}
		for n, name := range fl.typeNames {
			imp.foreign[n] = foreignName{in.Path, name}
		}
		for v, name := range fl.variantNames {
			imp.foreign[v] = foreignName{in.Path, name}
		}
		for vex, name := range fl.methodNames {
			if _, ok := imp.methods[vex]; !ok && vex != displayKey && token.IsExported(name) {
				imp.methods[vex] = name
			}
		}
	}
}

// reserveImports keeps the package-level names of generated code, and so
// its locals, clear of the names of the imported packages.
func (l *lowerer) reserveImports(used nameSet) {
	for _, in := range l.imp.list {
		used[in.Alias] = true
	}
	// The standard packages that the lowering of the vector operators and
	// the prelude contracts imports.
	used["bits"], used["cmp"] = true, true
}

// objRef returns the Go name of a function or constant, qualified when
// another package declares it.
func (l *lowerer) objRef(obj types.Object) *Ident {
	if c := stdConst(obj); c != nil {
		return c // math.PI: stdlib.go
	}
	if name, ok := l.names[obj]; ok {
		return &Ident{Name: name}
	}
	if r, ok := l.imp.foreign[obj]; ok {
		return &Ident{Path: r.path, Name: r.name}
	}
	return &Ident{Name: goName(obj.Name(), false)}
}

// objName returns the Go name of a method, of this package or another.
func (l *lowerer) objName(obj types.Object) string {
	if name, ok := l.names[obj]; ok {
		return name
	}
	if r, ok := l.imp.foreign[obj]; ok {
		return r.name
	}
	return goName(obj.Name(), false)
}

// typeRef returns the import path ("" for this package) and Go name of a
// user type.
func (l *lowerer) typeRef(n *types.Named) (string, string) {
	if name, ok := l.typeNames[n]; ok {
		return "", name
	}
	if r, ok := l.imp.foreign[n]; ok {
		return r.path, r.name
	}
	return "", goName(n.Obj.Name(), n.Export)
}

// variantRef returns the Go name of an enum variant: its constant or
// struct type.
func (l *lowerer) variantRef(v *types.Variant) *Ident {
	if name, ok := l.variantNames[v]; ok {
		return &Ident{Name: name}
	}
	if r, ok := l.imp.foreign[v]; ok {
		return &Ident{Path: r.path, Name: r.name}
	}
	return &Ident{Name: goName(v.Name, false)}
}

// qualified lowers m.name, a function or constant of an imported package
// used as a value, or returns nil if e is no such name.
func (l *lowerer) qualified(e *syntax.SelectorExpr) Expr {
	if !l.isPkgRef(e.X) {
		return nil
	}
	switch obj := l.info.Uses[e.Sel].(type) {
	case *types.FuncObj, *types.Const:
		return l.objRef(obj)
	}
	return nil
}

// isPkgRef reports whether x names an imported package: m, or m.n when m
// re-exports n.
func (l *lowerer) isPkgRef(x syntax.Expr) bool {
	switch x := x.(type) {
	case *syntax.Ident:
		_, ok := l.info.Uses[x].(*types.PkgName)
		return ok
	case *syntax.SelectorExpr:
		_, ok := l.info.Uses[x.Sel].(*types.PkgName)
		return ok && l.isPkgRef(x.X)
	}
	return false
}

// positional returns the composite literal of a tuple struct or payload
// variant, whose fields are V0, V1, ...; the fields are named when the type
// is another package's, as go vet asks.
func positional(t Type, elts []Expr) *CompositeLit {
	if nt, ok := t.(*NamedType); ok && nt.Path != "" && nt.Path != rtPath {
		for i, e := range elts {
			elts[i] = &KeyValue{Key: &Ident{Name: "V" + strconv.Itoa(i)}, Value: e}
		}
	}
	return &CompositeLit{Type: t, Elts: elts}
}
