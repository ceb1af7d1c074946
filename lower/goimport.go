package lower

import (
	gotypes "go/types"
	"slices"
	"strconv"
	"strings"

	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// This file lowers the types and names of Go packages that `go:` imports
// bring in (interop.md sections 2 and 3). Go's types are spelled as Go
// spells them, and Go's names keep their exact spelling:
//
//	GoNamed      pkg.Name[Args]
//	GoMap<K, V>  map[K]V
//	GoChan<T>    chan T, <-chan T, chan<- T
//	GoError      error
//	any          any
//
// The Go packages that the generated code may name are imports of its
// files, under their own names, or with a suffix when a Vex package
// imported by the same code takes the name.

// goTyp lowers a Go type, or returns nil for a Vex type.
func (l *lowerer) goTyp(t types.Type) Type {
	switch t := t.(type) {
	case *types.GoNamed:
		nt := &NamedType{Name: t.Obj.Name()}
		if t.Obj.Pkg() != nil {
			nt.Path = t.Obj.Pkg().Path()
		}
		for _, a := range t.Args {
			nt.Args = append(nt.Args, l.typ(a))
		}
		return nt
	case *types.GoMap:
		return &MapType{Key: l.goElem(t.Key), Elem: l.goElem(t.Elem)}
	case *types.GoChan:
		return &ChanType{Dir: [...]string{types.ChanBoth: "", types.ChanRecv: "<-chan", types.ChanSend: "chan<-"}[t.Dir], Elem: l.goElem(t.Elem)}
	case *types.GoError:
		return &NamedType{Name: "error"}
	case *types.GoAny:
		return &NamedType{Name: "any"}
	}
	return nil
}

// goElem lowers the key or element type of a Go map or channel: unit is
// Go's struct{} there, as in chan struct{} and map[string]struct{}.
func (l *lowerer) goElem(t types.Type) Type {
	if t == types.UnitType {
		return &StructType{}
	}
	return l.typ(t)
}

// goUnit returns the Go value struct{}{} for x, the lowered unit value e
// sent on a Go channel or stored in a Go map, emitting x first if it has
// effects.
func (f *funcLower) goUnit(e syntax.Expr, x Expr) Expr {
	if _, isLit := x.(*CompositeLit); !isLit && x != nil {
		f.discard(e)
	}
	return &CompositeLit{Type: &StructType{}}
}

// goRef names a package-level Go declaration.
func goRef(o gotypes.Object) *Ident {
	if o.Pkg() == nil {
		return &Ident{Name: o.Name()}
	}
	return &Ident{Path: o.Pkg().Path(), Name: o.Name()}
}

// goImports adds the Go packages that the package's code may name to its
// imports: those it imports, and those of the Go types it uses.
func (l *lowerer) goImports() {
	if l.pkg.GoFset == nil {
		// Neither the package nor one it imports, directly or not,
		// imports a Go package: no Go type can appear in it.
		return
	}
	pkgs := make(map[string]*gotypes.Package)
	addPkg := func(p *gotypes.Package) {
		if p != nil {
			pkgs[p.Path()] = p
		}
	}
	seen := make(map[types.Type]bool)
	var walk func(t types.Type)
	walk = func(t types.Type) {
		if t == nil || seen[t] {
			return
		}
		seen[t] = true
		switch t := t.(type) {
		case *types.GoNamed:
			addPkg(t.Obj.Pkg())
			for _, a := range t.Args {
				walk(a)
			}
		case *types.GoMap:
			walk(t.Key)
			walk(t.Elem)
		case *types.GoChan:
			walk(t.Elem)
		case *types.Tuple:
			for _, e := range t.Elems {
				walk(e)
			}
		case *types.Func:
			for _, p := range t.Params {
				walk(p)
			}
			walk(t.Result)
		case *types.Array:
			walk(t.Elem)
		case *types.Slice:
			walk(t.Elem)
		case *types.Vec:
			walk(t.Elem)
		case *types.Ref:
			walk(t.Elem)
		case *types.Option:
			walk(t.Elem)
		case *types.Result:
			walk(t.Ok)
			walk(t.Err)
		case *types.Map:
			walk(t.Key)
			walk(t.Elem)
		case *types.Set:
			walk(t.Elem)
		case *types.Channel:
			walk(t.Elem)
		case *types.Future:
			walk(t.Elem)
		case *types.StdType:
			walk(t.Elem)
		case *types.Named:
			for _, a := range t.Args {
				walk(a)
			}
		}
	}
	info := l.info
	for _, t := range info.Types {
		walk(t)
	}
	for _, t := range info.Pats {
		walk(t)
	}
	for _, c := range info.Calls {
		walk(c.Type)
		for _, a := range c.TypeArgs {
			walk(a)
		}
	}
	for _, obj := range info.Defs {
		switch obj := obj.(type) {
		case *types.Local:
			walk(obj.Type)
		case *types.FuncObj:
			walk(obj.Sig)
		case *types.Const:
			walk(obj.Type)
		case *types.PkgName:
			if obj.Pkg != nil {
				addPkg(obj.Pkg.Go)
			}
		}
	}
	for _, obj := range info.Uses {
		if g, ok := obj.(*types.GoObj); ok {
			addPkg(g.Obj.Pkg())
		}
	}
	for _, n := range l.pkg.Named {
		for _, f := range n.Fields {
			walk(f.Type)
		}
		for _, v := range n.Variants {
			for _, t := range v.Fields {
				walk(t)
			}
		}
		for _, m := range n.Sigs {
			walk(m.Sig)
		}
	}
	if len(pkgs) == 0 {
		return
	}
	taken := make(map[string]bool)
	for _, in := range l.imp.list {
		taken[in.Alias] = true
	}
	paths := make([]string, 0, len(pkgs))
	for path := range pkgs {
		paths = append(paths, path)
	}
	slices.Sort(paths)
	for _, path := range paths {
		name := pkgs[path].Name()
		alias := name
		// The packages that generated code imports itself keep their
		// names: the code shares one import of each.
		for i := 2; taken[alias] || goReserved[alias] && !ownImport(path); i++ {
			alias = name + strconv.Itoa(i)
		}
		taken[alias] = true
		l.imp.list = append(l.imp.list, Import{Path: path, Name: name, Alias: alias})
	}
	slices.SortFunc(l.imp.list, func(a, b Import) int { return strings.Compare(a.Path, b.Path) })
}

// ownImport reports whether generated code imports the package path for
// its own use, under its name.
func ownImport(path string) bool {
	switch path {
	case mathPath, stringsPath, "strconv", "fmt", "os", "time", "errors", "context":
		return true
	}
	return false
}

// goValue lowers a Go function, variable or constant named by e, used as
// a value.
func (f *funcLower) goValue(e syntax.Expr, g *types.GoObj) Expr {
	x := goRef(g.Obj)
	if fn, ok := g.Obj.(*gotypes.Func); ok {
		if t, ok := f.l.info.Types[e].(*types.Func); ok {
			return f.fromGoFunc(x, t, fn.Signature())
		}
	}
	return x
}

// goSelector lowers x.name where name is a declaration of a Go package:
// a member of an imported package, a field, or a method value.
func (f *funcLower) goSelector(e *syntax.SelectorExpr, g *types.GoObj) Expr {
	if f.l.isPkgRef(e.X) {
		return f.goValue(e, g)
	}
	x := &SelectorExpr{X: f.expr(e.X), Sel: g.Obj.Name()}
	t, isFunc := f.l.info.Types[e].(*types.Func)
	if !isFunc {
		return x
	}
	switch o := g.Obj.(type) {
	case *gotypes.Func:
		return f.fromGoFunc(x, t, o.Signature())
	case *gotypes.Var:
		if sig, ok := o.Type().Underlying().(*gotypes.Signature); ok {
			return f.fromGoFunc(x, t, sig)
		}
	}
	return x
}

// goStructLit lowers T { field: value, ... } of a Go struct type T.
func (f *funcLower) goStructLit(e *syntax.StructLit) Expr {
	t := f.l.info.Types[e]
	xs := f.structLitValues(e)
	st, _ := t.(*types.GoNamed).Underlying().(*gotypes.Struct)
	field := func(name string) *gotypes.Var {
		for i := range st.NumFields() {
			if st.Field(i).Name() == name {
				return st.Field(i)
			}
		}
		return nil
	}
	value := func(i int, fi *syntax.FieldInit) Expr {
		fv := field(fi.Name.Name)
		if fv == nil {
			return xs[i]
		}
		var v syntax.Expr = fi.Name // a shorthand field
		if fi.Value != nil {
			v = fi.Value
		}
		return f.toGo(v, xs[i], fv.Type())
	}
	if e.Base != nil {
		tmp := f.temp("tmp")
		f.emit(&AssignStmt{Pos: f.l.pos(e), Lhs: []Expr{&Ident{Name: tmp}}, Op: ":=", Rhs: []Expr{xs[len(xs)-1]}})
		for i, fi := range e.Fields {
			f.emit(&AssignStmt{Lhs: []Expr{&SelectorExpr{X: &Ident{Name: tmp}, Sel: fi.Name.Name}}, Op: "=", Rhs: []Expr{value(i, fi)}})
		}
		return &Ident{Name: tmp}
	}
	lit := &CompositeLit{Type: f.l.typ(t)}
	for i, fi := range e.Fields {
		lit.Elts = append(lit.Elts, &KeyValue{Key: &Ident{Name: fi.Name.Name}, Value: value(i, fi)})
	}
	return lit
}

// goRangeMode tells how a for loop visits a Go value of type t: 1 for the
// values of a channel or an iter.Seq (for x := range X), 2 for pairs of a
// map or an iter.Seq2 (for k, v := range X), 0 for the elements of a slice
// (for _, x := range X); ok is false for a type of Vex.
func goRangeMode(t types.Type) (mode int, ok bool) {
	switch t := t.(type) {
	case *types.GoMap:
		return 2, true
	case *types.GoChan:
		return 1, true
	case *types.GoNamed:
		switch u := t.Underlying().(type) {
		case *gotypes.Map:
			return 2, true
		case *gotypes.Slice, *gotypes.Array:
			return 0, true
		case *gotypes.Chan:
			return 1, true
		case *gotypes.Signature:
			yield, _ := u.Params().At(0).Type().Underlying().(*gotypes.Signature)
			if yield != nil && yield.Params().Len() == 2 {
				return 2, true
			}
			return 1, true
		}
	}
	return 0, false
}

// Lowerings of the table's entries for Go's maps, channels and errors.

func lowerGoMapNew(f *funcLower, b *builtinCall) Expr {
	return &CallExpr{Fun: &Ident{Name: "make"}, Args: []Expr{&TypeExpr{Type: f.l.typ(b.sig.Result)}}}
}

func lowerGoMapSet(f *funcLower, b *builtinCall) Expr {
	m := b.sig.Params
	v := f.typed(b.e.Args[1], b.args[1], m[1])
	if m[1] == types.UnitType {
		v = f.goUnit(b.e.Args[1], b.args[1])
	}
	f.emit(&AssignStmt{Pos: f.l.pos(b.e), Lhs: []Expr{&IndexExpr{X: b.x, Index: f.typed(b.e.Args[0], b.args[0], m[0])}}, Op: "=", Rhs: []Expr{v}})
	return nil
}

func lowerGoMapRemove(f *funcLower, b *builtinCall) Expr {
	return &CallExpr{Fun: &Ident{Name: "delete"}, Args: []Expr{b.x, f.typed(b.e.Args[0], b.args[0], b.sig.Params[0])}}
}

func lowerGoMapKeyFunc(name string) lowerFunc {
	return func(f *funcLower, b *builtinCall) Expr {
		return &CallExpr{Fun: rt(name), Args: []Expr{b.x, f.typed(b.e.Args[0], b.args[0], b.sig.Params[0])}}
	}
}

func lowerGoMapLen(_ *funcLower, b *builtinCall) Expr {
	return &ConvExpr{Type: &NamedType{Name: "int64"}, X: length(b.x)}
}

func lowerGoChanNew(f *funcLower, b *builtinCall) Expr {
	args := []Expr{&TypeExpr{Type: f.l.typ(b.sig.Result)}}
	if len(b.args) == 1 {
		args = append(args, b.args[0])
	}
	return &CallExpr{Fun: &Ident{Name: "make"}, Args: args}
}

// lowerGoDowncast lowers x.downcast<T>() to vexrt.Downcast[T](x), which
// commaOk turns back into Go's x.(T) where the Option is tested at once.
func lowerGoDowncast(f *funcLower, b *builtinCall) Expr {
	o, _ := b.sig.Result.(*types.Option)
	if o == nil {
		return f.l.internalError(b.e, "downcast without an Option result")
	}
	return &CallExpr{Fun: rt("Downcast"), TypeArgs: []Type{f.l.typ(o.Elem)}, Args: []Expr{b.x}}
}

func lowerGoChanClose(_ *funcLower, b *builtinCall) Expr {
	return &CallExpr{Fun: &Ident{Name: "close"}, Args: []Expr{b.x}}
}
