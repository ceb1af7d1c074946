package types

import (
	"go/constant"
	gotypes "go/types"

	"github.com/vexlang/vex2go/frontend/syntax"
)

// This file checks the uses of Go values other than calls: package
// variables and constants, fields and method values, struct literals,
// conversions, nil, operators on Go named types, Go channels and maps,
// and the for loops over Go values.

// goValue checks the Go declaration g, named by e, used as a value.
func (c *checker) goValue(e syntax.Expr, g *GoObj, hint Type) Type {
	name := goName(g.Obj)
	var t Type
	var why typeRefusal
	switch o := g.Obj.(type) {
	case *gotypes.Const:
		return c.goConst(e, o, hint)
	case *gotypes.Var:
		t, why = c.goType(o.Type(), nil)
	case *gotypes.Func:
		if o.Signature().TypeParams().Len() > 0 {
			c.errorf(e, "%s is generic: call it, or pass a closure that calls it", name)
			return InvalidType
		}
		t, why = c.goType(o.Type(), nil)
	}
	if why != "" {
		c.errorf(e, "cannot use %s: %s", name, why)
		return InvalidType
	}
	return t
}

// goConst checks a Go constant. An untyped one behaves like a Vex literal:
// it takes the type its use demands, and its value must fit that type.
func (c *checker) goConst(e syntax.Expr, o *gotypes.Const, hint Type) Type {
	b, ok := o.Type().(*gotypes.Basic)
	if !ok || b.Info()&gotypes.IsUntyped == 0 {
		t, why := c.goType(o.Type(), nil)
		if why != "" {
			c.errorf(e, "cannot use %s: %s", goName(o), why)
			return InvalidType
		}
		return t
	}
	var t Type
	k := Constant{Value: o.Val()}
	switch b.Kind() {
	case gotypes.UntypedBool:
		t, k.Default = Typ[Bool], Bool
	case gotypes.UntypedString:
		t, k.Default = Typ[String], String
	case gotypes.UntypedInt, gotypes.UntypedRune:
		t, k.Default = &Var{Kind: IntLit}, Isize
	case gotypes.UntypedFloat:
		t, k.Default = &Var{Kind: FloatLit}, F64
	default:
		c.errorf(e, "cannot use %s: %s is not supported: Vex has no complex numbers", goName(o), b)
		return InvalidType
	}
	if v, ok := t.(*Var); ok && hint != nil && unifiable(v, hint) {
		bind(v, hint)
	}
	c.info.Consts[e] = k
	if _, ok := t.(*Var); ok {
		c.fn.root.finals = append(c.fn.root.finals, func() { c.checkGoConstRange(e, o) })
	}
	return t
}

// checkGoConstRange reports an untyped Go constant whose value does not
// fit the type it took.
func (c *checker) checkGoConstRange(e syntax.Expr, o *gotypes.Const) {
	t := c.info.Types[e]
	b, ok := t.(*Basic)
	if !ok {
		b = goBasicUnder(t)
	}
	if b == nil || !b.IsInteger() {
		return
	}
	v := constant.ToInt(o.Val())
	if v.Kind() != constant.Int {
		c.errorf(e, "%s (%s) is not an integer; it cannot be %s", goName(o), o.Val(), t)
		return
	}
	if !fits(v, b) {
		c.errorf(e, "%s (%s) does not fit in %s", goName(o), o.Val(), t)
	}
}

// goRecv returns the Go type whose fields and methods a value of type t
// has, and the GoNamed it comes from: a Go named type, a pointer to one,
// or GoError.
func (c *checker) goRecv(t Type) (gotypes.Type, *GoNamed) {
	switch u := Under(t).(type) {
	case *GoNamed:
		return u.Obj.Type(), u
	case *GoError:
		return errorType, nil
	}
	return nil, nil
}

// goLookup finds the field or method name of the Go type goT, reporting
// an unknown or unexported name at id.
func (c *checker) goLookup(goT gotypes.Type, t Type, id *syntax.Ident) gotypes.Object {
	obj, _, _ := gotypes.LookupFieldOrMethod(goT, true, goPkg(goT), id.Name)
	switch {
	case obj == nil:
		c.errorf(id, "%s has no field or method %s%s", Under(t), id.Name, didYouMean(id.Name, goMemberNames(goT)))
	case !obj.Exported():
		c.errorf(id, "%s %s of %s is not exported by package %s", goKind(obj), id.Name, Under(t), obj.Pkg().Path())
	default:
		return obj
	}
	return nil
}

// goPkg returns the package of a Go named type, whose unexported names a
// lookup should find in order to report them.
func goPkg(t gotypes.Type) *gotypes.Package {
	if n, ok := t.(*gotypes.Named); ok {
		return n.Obj().Pkg()
	}
	return nil
}

// goMemberSubst returns the substitution of the type parameters that the
// type of a field or method of the instance n mentions.
func goMemberSubst(obj gotypes.Object, n *GoNamed) map[*gotypes.TypeParam]Type {
	if n == nil || len(n.Args) == 0 {
		return nil
	}
	if f, ok := obj.(*gotypes.Func); ok {
		rtps := f.Signature().RecvTypeParams()
		m := make(map[*gotypes.TypeParam]Type, rtps.Len())
		for i := range rtps.Len() {
			if i < len(n.Args) {
				m[rtps.At(i)] = n.Args[i]
			}
		}
		return m
	}
	return goSubst(n)
}

// goSelector checks x.name, a field or a method value of a Go value of
// type xt; ok is false when xt is no Go type with fields and methods.
func (c *checker) goSelector(e *syntax.SelectorExpr, xt Type) (Type, bool) {
	goT, n := c.goRecv(xt)
	if goT == nil {
		return nil, false
	}
	obj := c.goLookup(goT, xt, e.Sel)
	if obj == nil {
		return InvalidType, true
	}
	c.info.Uses[e.Sel] = c.goObject(obj)
	t, why := c.goType(obj.Type(), goMemberSubst(obj, n))
	if why != "" {
		c.errorf(e.Sel, "cannot use %s: %s", goName(obj), why)
		return InvalidType, true
	}
	return t, true
}

// goMethodCall checks recv.name(args) on a Go value whose type is
// recvType; ok is false when recvType has no Go methods, or none of that
// name that a prelude method would not serve (toString).
func (c *checker) goMethodCall(s *Scope, e *syntax.CallExpr, f *syntax.SelectorExpr, recvType Type, hint Type) (Type, bool) {
	goT, n := c.goRecv(recvType)
	if goT == nil {
		return nil, false
	}
	if o, _, _ := gotypes.LookupFieldOrMethod(goT, true, goPkg(goT), f.Sel.Name); o == nil {
		if lookupMethod(InvalidType, f.Sel.Name) != nil || lookupMethod(recvType, f.Sel.Name) != nil {
			return nil, false // toString, and downcast of a GoError
		}
		switch u := c.goUnder(recvType).(type) {
		case *GoMap, *GoChan:
			// A named map or channel type has the methods of GoMap or GoChan.
			if lookupMethod(u, f.Sel.Name) != nil {
				return c.methodOn(s, e, f, recvType, u), true
			}
		}
	}
	obj := c.goLookup(goT, recvType, f.Sel)
	switch o := obj.(type) {
	case nil:
	case *gotypes.Var:
		// A field of a func type, called.
		c.info.Uses[f.Sel] = c.goObject(o)
		t, why := c.goType(o.Type(), goMemberSubst(o, n))
		sig, isFunc := t.(*Func)
		switch {
		case why != "":
			c.errorf(f.Sel, "cannot use %s: %s", goName(o), why)
		case !isFunc:
			c.errorf(f, "cannot call %s: it is a field of type %s", goName(o), t)
		default:
			c.addCall(e, &Call{Kind: CallValue, Type: sig})
			c.args(s, e, sig.Params, goName(o))
			return sig.Result, true
		}
	case *gotypes.Func:
		g := c.goObject(o).(*GoObj)
		c.info.Uses[f.Sel] = g
		_, ptr := o.Signature().Recv().Type().(*gotypes.Pointer)
		switch r, isRef := Resolve(recvType).(*Ref); {
		case !ptr:
		case !isRef:
			c.checkMutable(s, f.X, "call pointer method "+o.Name()+" on")
		case !r.Mut:
			c.errorf(f.Sel, "cannot call pointer method %s through the shared reference %s%s", o.Name(), r, sharedHint(c.info, f.X))
		}
		return c.goCall(s, e, g, recvType, goMemberSubst(o, n), nil, hint), true
	}
	c.args(s, e, nil, "")
	return InvalidType, true
}

// goStructLit checks T { field: value, ... } for a Go struct type T. A
// generic T takes the type arguments written (atomic.Pointer<string> {})
// or those of the type the literal must have.
func (c *checker) goStructLit(s *Scope, e *syntax.StructLit, tn *TypeName, targs []syntax.Type, hint Type) Type {
	t, _ := tn.Type.(*GoNamed)
	var st *gotypes.Struct
	if t != nil {
		st, _ = t.Underlying().(*gotypes.Struct)
	}
	bad := func(format string, args ...any) Type {
		c.errorf(e.Type, format, args...)
		for _, f := range e.Fields {
			if f.Value != nil {
				c.expr(s, f.Value, nil)
			}
		}
		return InvalidType
	}
	switch {
	case st == nil && t != nil && len(e.Fields) == 0 && e.Base == nil && c.isGoComposite(t):
		return t // url.Values {}: an empty map or slice of a named type
	case st == nil:
		return bad("%s is not a struct type", exprString(e.Type))
	case t.Named().TypeParams().Len() > 0:
		if h, ok := Resolve(hint).(*GoNamed); ok && len(targs) == 0 && h.Obj == t.Obj && len(h.Args) > 0 {
			t = h
			break
		}
		n := t.Named().TypeParams().Len()
		if len(targs) != n {
			return bad("%s needs %d type argument%s, found %d", t, n, plural(n), len(targs))
		}
		args := make([]Type, n)
		for i, a := range targs {
			args[i] = c.typeIn(s, a)
		}
		t = &GoNamed{Obj: t.Obj, Args: args}
	case len(targs) > 0:
		return bad("%s takes no type arguments", t)
	}
	subst := goSubst(t)
	seen := make(map[string]bool)
	for _, fi := range e.Fields {
		var field *gotypes.Var
		var names []string
		for i := range st.NumFields() {
			names = append(names, st.Field(i).Name())
			if st.Field(i).Name() == fi.Name.Name {
				field = st.Field(i)
			}
		}
		switch {
		case field == nil:
			c.errorf(fi.Name, "%s has no field %s%s", t, fi.Name.Name, didYouMean(fi.Name.Name, names))
		case !field.Exported():
			c.errorf(fi.Name, "field %s of %s is not exported by package %s", field.Name(), t, t.Obj.Pkg().Path())
			field = nil
		case seen[field.Name()]:
			c.errorf(fi.Name, "field %s given twice", field.Name())
		}
		if field == nil {
			if fi.Value != nil {
				c.expr(s, fi.Value, nil)
			}
			continue
		}
		seen[field.Name()] = true
		want, why := c.goType(field.Type(), subst)
		if why != "" {
			c.errorf(fi.Name, "cannot set %s: %s", goName(field), why)
			continue
		}
		var got Type
		var at syntax.Node = fi.Name
		if fi.Value == nil {
			got = c.ident(s, fi.Name, want)
		} else {
			c.info.Uses[fi.Name] = c.goObject(field)
			got, at = c.goArg(s, fi.Value, want), fi.Value
		}
		c.goAssign(got, want, at, "for field "+field.Name()+" of "+t.String())
	}
	if e.Base != nil {
		c.assignable(c.expr(s, e.Base, t), t, e.Base)
	}
	return t
}

// isGoComposite reports whether Go has composite literals of the named
// type t that is not a struct: a map or a slice.
func (c *checker) isGoComposite(t *GoNamed) bool {
	switch c.goUnder(t).(type) {
	case *GoMap, *Slice:
		return true
	}
	return false
}

// isGoField reports whether x.f selects a field of a Go struct.
func (c *checker) isGoField(e syntax.Expr) bool {
	sel, ok := e.(*syntax.SelectorExpr)
	if !ok {
		return false
	}
	g, ok := c.info.Uses[sel.Sel].(*GoObj)
	if !ok {
		return false
	}
	v, ok := g.Obj.(*gotypes.Var)
	return ok && v.IsField()
}

// goPackageVar returns the Go package variable that e names, or nil.
func (c *checker) goPackageVar(e syntax.Expr) *GoObj {
	var id *syntax.Ident
	switch e := e.(type) {
	case *syntax.Ident:
		id = e
	case *syntax.SelectorExpr:
		id = e.Sel
	default:
		return nil
	}
	g, ok := c.info.Uses[id].(*GoObj)
	if !ok {
		return nil
	}
	if v, ok := g.Obj.(*gotypes.Var); ok && !v.IsField() {
		return g
	}
	return nil
}

// goConvertible reports whether `x as to` (or to(x) for a Go type) can
// convert a value of type from: to and from a Go named type with the
// same kind of underlying type, to a Go interface or any, and between
// string and [u8].
func (c *checker) goConvertible(from, to Type) bool {
	from, to = Resolve(from), Resolve(to)
	if b := goBasicUnder(to); b != nil {
		fb, ok := from.(*Basic)
		if !ok {
			fb = goBasicUnder(from)
		}
		if v, ok := from.(*Var); ok {
			return varAccepts(v, b) || v.Kind == IntLit && b.Kind == String
		}
		return fb != nil && (fb.IsNumeric() && b.IsNumeric() || fb.Kind == String && b.Kind == String)
	}
	if b := goBasicUnder(from); b != nil {
		tb, ok := to.(*Basic)
		return ok && (b.IsNumeric() && tb.IsNumeric() || b.Kind == String && tb.Kind == String)
	}
	switch t := to.(type) {
	case *GoNamed:
		if _, isIface := t.Underlying().(*gotypes.Interface); isIface {
			return c.goAssignable(from, t) == nil
		}
		u := c.goUnder(t)
		return u != nil && (unify(u, from) || vecAsSlice(from, u))
	case *GoAny:
		return true
	case *Slice:
		return t.Elem == Typ[U8] && from == Typ[String]
	case *Basic:
		if t.Kind != String {
			return false
		}
		switch f := from.(type) {
		case *Slice:
			return Resolve(f.Elem) == Typ[U8]
		case *Vec:
			return Resolve(f.Elem) == Typ[U8]
		}
	}
	return false
}

// goConversion checks T(x), the Go spelling of `x as T` for a Go type T.
func (c *checker) goConversion(s *Scope, e *syntax.CallExpr, tn *TypeName) Type {
	to := tn.Type
	if len(e.Args) != 1 {
		c.errorf(e, "the conversion to %s takes 1 argument, found %d", to, len(e.Args))
		c.args(s, e, nil, "")
		return to
	}
	x := c.expr(s, e.Args[0], c.goHint(to))
	from := Under(x)
	if c.goConvertible(x, to) {
		from = x // a pointer to a Go value, converted to an interface
	} else if from != InvalidType && to != InvalidType && !c.goConvertible(from, to) {
		c.errorf(e, "cannot convert %s to %s", from, to)
	}
	c.addCall(e, &Call{Kind: CallConversion, Callee: tn, Type: sig(to, from)})
	return to
}

// pointsToGoPointer reports whether &x, of x a Go pointer of type r, points
// to the variable x rather than being x again, as &r of a reference is: x
// is a let! binding and the use wants an any (errors.As(err, &!target),
// json.Unmarshal(b, &!p)) or a pointer to a pointer, as Go's &x would.
func (c *checker) pointsToGoPointer(x syntax.Expr, r *Ref, hint Type) bool {
	id, ok := syntax.Unparen(x).(*syntax.Ident)
	if !ok || hint == nil || !nilable(r) {
		return false
	}
	if l, isLocal := c.info.Uses[id].(*Local); !isLocal || !l.Mut || l.Param {
		return false
	}
	switch h := Resolve(hint).(type) {
	case *GoAny:
		return true
	case *Ref:
		_, refToRef := Resolve(h.Elem).(*Ref)
		return refToRef
	}
	return false
}

// stringLitAs reports whether e, of type got, is a string literal that Go
// takes as a value of want, a Go named string type, as it takes an untyped
// string constant: lib.SetLevel("info"), level == "debug".
func stringLitAs(e syntax.Node, got, want Type) bool {
	lit, ok := e.(*syntax.BasicLit)
	if p, isParen := e.(*syntax.ParenExpr); isParen {
		lit, ok = syntax.Unparen(p).(*syntax.BasicLit)
	}
	if !ok || lit.Kind != syntax.STRING || Resolve(got) != Typ[String] {
		return false
	}
	b := goBasicUnder(want)
	return b != nil && b.Kind == String
}

// nilable reports whether nil is a value of type t: a Go pointer, map,
// channel, error or interface, or a Go named type of one of those kinds.
// A Go pointer to a Vex type (atomic.Pointer<Config>.Load()) is one.
func nilable(t Type) bool {
	switch t := Resolve(t).(type) {
	case *Ref:
		return t.Go || IsGoType(Under(t))
	case *GoMap, *GoChan, *GoError, *GoAny:
		return true
	case *GoNamed:
		switch t.Underlying().(type) {
		case *gotypes.Pointer, *gotypes.Slice, *gotypes.Map, *gotypes.Chan, *gotypes.Signature, *gotypes.Interface:
			return true
		}
	}
	return false
}

// nilLit checks nil, which takes the type the context expects.
func (c *checker) nilLit(e *syntax.NilLit, hint Type) Type {
	if hint != nil && nilable(hint) || hint == InvalidType {
		return hint // an invalid hint is reported already: a refused *T
	}
	c.errorf(e, "nil is not a Vex value; use an Option and None (nil is only for Go's pointers, maps, channels, errors and interfaces)")
	return InvalidType
}

// nilCompare checks x == nil and x != nil; ok is false when neither side
// is nil.
func (c *checker) nilCompare(s *Scope, e *syntax.BinaryExpr) (Type, bool) {
	if e.Op != syntax.EQL && e.Op != syntax.NEQ {
		return nil, false
	}
	_, xNil := syntax.Unparen(e.X).(*syntax.NilLit)
	_, yNil := syntax.Unparen(e.Y).(*syntax.NilLit)
	if !xNil && !yNil {
		return nil, false
	}
	x, n := e.X, e.Y
	if xNil {
		x, n = e.Y, e.X
	}
	if xNil && yNil {
		c.errorf(e, "nil %s nil compares nothing", e.Op)
		return Typ[Bool], true
	}
	t := c.expr(s, x, nil)
	switch Resolve(t).(type) {
	case *Slice, *Func:
		c.record(n, t)
		return Typ[Bool], true
	}
	if t != InvalidType && !nilable(t) {
		c.errorf(e, "%s is never nil: only Go's pointers, slices, maps, channels, funcs, errors and interfaces are", t)
	}
	c.record(n, t)
	return Typ[Bool], true
}

// goOperand reports whether op applies to operands of the Go named type
// t, by its underlying basic type: arithmetic on time.Duration.
func goOperand(t Type, op syntax.Token) bool {
	b := goBasicUnder(t)
	if b == nil {
		return false
	}
	switch op {
	case syntax.ADD:
		return b.IsNumeric() || b.Kind == String
	case syntax.SUB, syntax.MUL, syntax.QUO:
		return b.IsNumeric()
	case syntax.REM, syntax.AND, syntax.OR, syntax.XOR:
		return b.IsInteger()
	}
	return false
}

// goIterElem returns what a for loop visits in a Go value of type x: the
// (key, value) pairs of a map, the values of a channel, the values of an
// iterator function such as iter.Seq or the pairs of an iter.Seq2; ok is
// false when x is none of them.
func (c *checker) goIterElem(n syntax.Node, x Type) (Type, bool) {
	switch t := Resolve(x).(type) {
	case *GoMap:
		return &Tuple{Elems: []Type{t.Key, t.Elem}}, true
	case *GoChan:
		if t.Dir == ChanSend {
			c.errorf(n, "cannot receive from %s", t)
			return InvalidType, true
		}
		return t.Elem, true
	case *GoNamed:
		if sig, ok := t.Underlying().(*gotypes.Signature); ok {
			yield := rangeFunc(sig)
			if yield == nil {
				return nil, false
			}
			ts, why := c.goTuple(yield.Params(), goSubst(t))
			if why != "" {
				c.errorf(n, "cannot iterate over %s: %s", t, why)
				return InvalidType, true
			}
			if len(ts) == 1 {
				return ts[0], true
			}
			return &Tuple{Elems: ts}, true
		}
		if u := c.goUnder(t); u != nil {
			return c.iterElem(n, u), true
		}
	}
	return nil, false
}

// rangeFunc returns the yield function of an iterator function
// func(yield func(K[, V]) bool), or nil.
func rangeFunc(sig *gotypes.Signature) *gotypes.Signature {
	if sig.Params().Len() != 1 || sig.Results().Len() != 0 {
		return nil
	}
	yield, ok := sig.Params().At(0).Type().Underlying().(*gotypes.Signature)
	if !ok || yield.Params().Len() < 1 || yield.Params().Len() > 2 || yield.Results().Len() != 1 || !isGoBool(yield.Results().At(0).Type()) {
		return nil
	}
	return yield
}

// goChanElem returns the element type of a Go channel that the operation
// what (receive or send) uses, reporting a channel of the other direction.
func (c *checker) goChanElem(t *GoChan, send bool, at syntax.Node) Type {
	switch {
	case send && t.Dir == ChanRecv:
		c.errorf(at, "cannot send on %s: Go gave out only its receive side", t)
	case !send && t.Dir == ChanSend:
		c.errorf(at, "cannot receive from %s: Go gave out only its send side", t)
	}
	return t.Elem
}

// goConstruct checks GoMap.new<K, V>(), GoChan.new<T>(cap) and
// GoError.new(msg).
func (c *checker) goConstruct(s *Scope, e *syntax.CallExpr, id BuiltinID, name string, typeArgs []syntax.Type, hint Type) Type {
	var t Type
	var params []Type
	switch id {
	case GoErrorNew:
		c.noTypeArgs(e, typeArgs, name+".new")
		t, params = GoErrorType, []Type{stringT}
	case GoMapNew:
		h, _ := Resolve(hint).(*GoMap)
		switch {
		case len(typeArgs) == 2:
			t = &GoMap{Key: c.typeIn(s, typeArgs[0]), Elem: c.typeIn(s, typeArgs[1])}
		case len(typeArgs) > 0:
			c.errorf(e.Fun, "GoMap.new takes 2 type arguments, found %d", len(typeArgs))
			t = &GoMap{Key: InvalidType, Elem: InvalidType}
		case h != nil:
			t = h
		default:
			t = &GoMap{Key: c.fresh(e, "the GoMap's keys"), Elem: c.fresh(e, "the GoMap's values")}
		}
		if k := t.(*GoMap).Key; !keyable(k) {
			c.errorf(e.Fun, "GoMap keys must be comparable with ==, and %s is not", k)
		}
	case GoChanNew:
		h, _ := Resolve(hint).(*GoChan)
		switch {
		case len(typeArgs) == 1:
			t = &GoChan{Elem: c.typeIn(s, typeArgs[0])}
		case len(typeArgs) > 0:
			c.errorf(e.Fun, "GoChan.new takes 1 type argument, found %d", len(typeArgs))
			t = &GoChan{Elem: InvalidType}
		case h != nil && h.Dir == ChanBoth:
			t = h
		default:
			t = &GoChan{Elem: c.fresh(e, "the GoChan's element type")}
		}
		if len(e.Args) == 1 {
			params = []Type{i64T}
		}
	}
	if len(e.Args) != len(params) {
		want := "no arguments"
		switch id {
		case GoErrorNew:
			want = "1 argument (the message)"
		case GoChanNew:
			want = "at most 1 argument (the capacity)"
		}
		c.errorf(e, "%s.new takes %s, found %d", name, want, len(e.Args))
		c.args(s, e, nil, "")
		return t
	}
	if id == GoChanNew && len(params) == 1 {
		c.intArg(s, e.Args[0], "the capacity")
		params[0] = c.info.Types[e.Args[0]]
	} else {
		c.args(s, e, params, name+".new")
	}
	c.addCall(e, &Call{Kind: CallFunc, Callee: builtinObjs[id], Type: sig(t, params...)})
	return t
}

// checkFromGo checks context.fromGo(ctx), which makes a Vex Context of a
// Go context.Context.
func checkFromGo(c *checker, s *Scope, e *syntax.CallExpr, name string, _ *StdType, _ Type) *Func {
	if !c.argc(s, e, name, 1, 1) {
		return sig(contextType, InvalidType)
	}
	t := c.expr(s, e.Args[0], nil)
	if g, ok := Resolve(t).(*GoNamed); (!ok || !isGoContext(g)) && t != InvalidType {
		c.errorf(e.Args[0], "%s takes a Go context.Context, not %s", name, t)
	}
	return sig(contextType, t)
}

// goTypeArgs resolves a Go type named with type arguments, such as
// atomic.Pointer<i64>.
func (c *checker) goTypeArgs(s *Scope, t *syntax.NamedType, name string, tn *TypeName) Type {
	if tn.goWhy != "" {
		c.errorf(t, "cannot use %s: %s", name, tn.goWhy)
		return InvalidType
	}
	g, ok := tn.Type.(*GoNamed)
	if !ok || len(g.Args) > 0 {
		if len(t.Args) > 0 {
			c.errorf(t, "%s takes no type arguments", name)
		}
		return tn.Type
	}
	n := g.Named().TypeParams().Len()
	if len(t.Args) != n {
		c.errorf(t, "%s needs %d type argument%s, found %d", name, n, plural(n), len(t.Args))
		return InvalidType
	}
	if n == 0 {
		return g
	}
	args := make([]Type, n)
	for i, a := range t.Args {
		args[i] = c.typeIn(s, a)
	}
	return &GoNamed{Obj: g.Obj, Args: args}
}

// goLock returns the Go type of a lock that a value of type t holds by
// value: a Go type whose pointer has Lock and Unlock methods and which has
// not, such as sync.Mutex, sync.WaitGroup and atomic.Int64, in t itself or
// in a field or element. Such a value must not be copied, as go vet's
// copylocks check says; "" when t holds none.
func (c *checker) goLock(t Type) string {
	return c.goLockDepth(t, 0)
}

func (c *checker) goLockDepth(t Type, depth int) string {
	if depth > 8 {
		return ""
	}
	switch t := Resolve(t).(type) {
	case *GoNamed:
		if goT := c.goTypeOf(t); goT != nil && goLockPath(goT, 0) {
			return t.String()
		}
	case *Named:
		if t.Kind == StructKind {
			for _, f := range t.Generic().Fields {
				if l := c.goLockDepth(t.FieldType(f), depth+1); l != "" {
					return l
				}
			}
		}
	case *Array:
		return c.goLockDepth(t.Elem, depth+1)
	case *Tuple:
		for _, e := range t.Elems {
			if l := c.goLockDepth(e, depth+1); l != "" {
				return l
			}
		}
	}
	return ""
}

// goLockPath reports whether a Go value of type t holds a lock, as go
// vet's copylocks check decides.
func goLockPath(t gotypes.Type, depth int) bool {
	if depth > 8 {
		return false
	}
	if hasLockMethods(gotypes.NewPointer(t)) && !hasLockMethods(t) {
		return true
	}
	switch u := t.Underlying().(type) {
	case *gotypes.Struct:
		for i := range u.NumFields() {
			if goLockPath(u.Field(i).Type(), depth+1) {
				return true
			}
		}
	case *gotypes.Array:
		return goLockPath(u.Elem(), depth+1)
	}
	return false
}

// hasLockMethods reports whether the method set of t has Lock and Unlock.
func hasLockMethods(t gotypes.Type) bool {
	ms := gotypes.NewMethodSet(t)
	return ms.Lookup(nil, "Lock") != nil && ms.Lookup(nil, "Unlock") != nil
}

// checkNoCopy reports a declaration of type t, at n, that would copy a Go
// lock: a parameter or a field of a struct, which hold their values by
// value.
func (c *checker) checkNoCopy(t Type, n syntax.Node, what string) {
	if l := c.goLock(t); l != "" {
		c.errorf(n, "%s would copy its %s, which must not be copied (go vet's copylocks); hold a reference, &%s!", what, l, t)
	}
}

// checkLockCaptures reports the locals of a go block that hold a Go lock:
// go { } copies what it captures.
func (c *checker) checkLockCaptures(st *syntax.GoStmt) {
	for _, l := range c.info.Go[st] {
		if lock := c.goLock(l.Type); lock != "" {
			c.diags.ErrorSpan(st.Pos(), st.Pos()+2, "go { } copies what it captures, and %s holds %s, which must not be copied; capture a reference: let r = &!%s", l.Name(), lock, l.Name())
		}
	}
}

// checkLockCopy reports let x = y where y is a variable, a field or an
// element that holds a Go lock, which the binding would copy.
func (c *checker) checkLockCopy(value syntax.Expr, t Type) {
	switch syntax.Unparen(value).(type) {
	case *syntax.Ident, *syntax.SelectorExpr, *syntax.IndexExpr, *syntax.TupleIndexExpr:
		if lock := c.goLock(t); lock != "" {
			c.errorf(value, "this copies %s, which must not be copied (go vet's copylocks); take a reference with &! instead", lock)
		}
	}
}

// sharedHint says how to reach x, a shared reference, mutably: through a
// write guard, or as &T!.
func sharedHint(info *Info, x syntax.Expr) string {
	if id, ok := x.(*syntax.Ident); ok {
		if l, ok := info.Uses[id].(*Local); ok {
			if st, ok := Resolve(l.Type).(*StdType); ok && st.Kind == StdReadGuard {
				return " (a read guard; take the lock with write())"
			}
		}
	}
	return " (use &T!)"
}
