package types

import (
	"errors"
	"fmt"
	gotypes "go/types"
	"maps"
	"slices"
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
)

// This file checks the calls of Go functions and methods against their
// go/types signatures (interop.md sections 3 to 5): the arguments, with
// Go's implicit conversions as Vex sees them, variadic parameters, the
// type arguments of generic functions, and the results of section 4.

// goName returns the name of a Go declaration as messages spell it:
// strings.ToUpper, strings.Builder.WriteString, http.Request.URL.
func goName(o gotypes.Object) string {
	if f, ok := o.(*gotypes.Func); ok {
		if recv := f.Signature().Recv(); recv != nil {
			return goTypeName(recv.Type()) + "." + f.Name()
		}
	}
	if o.Pkg() == nil || o.Parent() != o.Pkg().Scope() {
		return o.Name()
	}
	return o.Pkg().Name() + "." + o.Name()
}

// goTypeName spells a Go receiver type as the Vex type of its values:
// strings.Builder for *strings.Builder.
func goTypeName(t gotypes.Type) string {
	if p, ok := t.(*gotypes.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := t.(*gotypes.Named); ok {
		if n.Obj().Pkg() == nil {
			return n.Obj().Name()
		}
		return n.Obj().Pkg().Name() + "." + n.Obj().Name()
	}
	return t.String()
}

// goFuncCall checks a call of a Go function, f(args) or m.f(args).
func (c *checker) goFuncCall(s *Scope, e *syntax.CallExpr, g *GoObj, typeArgs []syntax.Type, hint Type) Type {
	if _, ok := g.Obj.(*gotypes.Builtin); ok {
		c.errorf(e.Fun, "%s is a builtin of Go's package unsafe, which only Go code can call", goName(g.Obj))
		c.args(s, e, nil, "")
		return InvalidType
	}
	if _, ok := g.Obj.(*gotypes.Func); !ok {
		c.errorf(e.Fun, "%s is a Go %s, not a function", goName(g.Obj), goKind(g.Obj))
		c.args(s, e, nil, "")
		return InvalidType
	}
	return c.goCall(s, e, g, nil, nil, typeArgs, hint)
}

// goKind names the kind of a Go declaration.
func goKind(o gotypes.Object) string {
	switch o := o.(type) {
	case *gotypes.Const:
		return "constant"
	case *gotypes.Var:
		if o.IsField() {
			return "field"
		}
		return "variable"
	case *gotypes.TypeName:
		return "type"
	}
	return "function"
}

// goCall checks a call of the Go function or method g. recv is the type
// of a method's receiver, and subst maps the type parameters of a generic
// receiver type to its type arguments.
func (c *checker) goCall(s *Scope, e *syntax.CallExpr, g *GoObj, recv Type, subst map[*gotypes.TypeParam]Type, typeArgs []syntax.Type, hint Type) Type {
	fn := g.Obj.(*gotypes.Func)
	name := goName(fn)
	sig := fn.Signature()
	subst = maps.Clone(subst)
	tps := sig.TypeParams()
	var targs []Type
	switch {
	case tps.Len() == 0:
		c.noTypeArgs(e, typeArgs, name)
	case len(typeArgs) > 0 && len(typeArgs) != tps.Len():
		c.errorf(e.Fun, "%s takes %d type argument%s, found %d", name, tps.Len(), plural(tps.Len()), len(typeArgs))
		c.args(s, e, nil, "")
		return InvalidType
	}
	if tps.Len() > 0 {
		if subst == nil {
			subst = make(map[*gotypes.TypeParam]Type)
		}
		for i := range tps.Len() {
			tp := tps.At(i)
			var t Type
			if len(typeArgs) > 0 {
				t = c.typeIn(s, typeArgs[i])
			} else {
				t = c.fresh(e, "the type parameter "+tp.Obj().Name()+" of "+name)
			}
			subst[tp] = t
			targs = append(targs, t)
		}
	}
	params, why := c.goTuple(sig.Params(), subst)
	var result Type
	if why == "" {
		result, why = c.goResults(sig.Results(), subst)
	}
	if why != "" {
		c.errorf(e.Fun, "cannot use %s: %s", name, why)
		c.args(s, e, nil, "")
		return InvalidType
	}
	kind := CallFunc
	if recv != nil {
		kind = CallMethod
	}
	call := &Call{Kind: kind, Callee: g, Recv: recv, Type: &Func{Params: params, Result: result}}
	c.addCall(e, call)
	if len(targs) > 0 && hint != nil && unifiable(result, hint) {
		bind(result, hint) // the type arguments that only the result shows
	}
	var infer func()
	if len(targs) > 0 {
		// Each argument may show type arguments that a later closure's
		// parameters need: slices.SortFunc(v, |a, b| ...) has E from v.
		infer = func() { c.inferCore(tps, subst) }
	}
	c.goArgs(s, e, sig, params, name, infer)
	if len(targs) > 0 {
		c.inferCore(tps, subst)
		c.fn.root.finals = append(c.fn.root.finals, func() {
			call.TypeArgs, _ = finalizer(nil).finalList(targs)
			c.checkGoConstraints(e, name, sig, call.TypeArgs)
		})
	}
	return result
}

// goArgs checks the arguments of a call of a Go function with parameters
// params; a variadic function's last parameter is a Slice. infer, if not
// nil, runs after each argument.
func (c *checker) goArgs(s *Scope, e *syntax.CallExpr, sig *gotypes.Signature, params []Type, name string, infer func()) {
	n := len(params)
	fixed := n
	if sig.Variadic() {
		fixed = n - 1
	}
	spread := e.Ellipsis != source.NoPos
	if !spread && len(e.Args) == 1 && fixed >= 2 && infer == nil {
		if _, isCall := syntax.Unparen(e.Args[0]).(*syntax.CallExpr); isCall {
			c.forwardResults(s, e, sig, name)
			return
		}
	}
	switch {
	case spread && !sig.Variadic():
		c.diags.ErrorSpan(e.Ellipsis, e.Ellipsis+3, "... passes a slice as the variadic arguments, but %s is not variadic", name)
		c.args(s, e, nil, "")
		return
	case spread && len(e.Args) != n:
		c.errorf(e, "%s takes %d argument%s before ...%s, found %d", name, fixed, plural(fixed), sig.Params().At(n-1).Name(), len(e.Args)-1)
		c.args(s, e, nil, "")
		return
	case !spread && sig.Variadic() && len(e.Args) < fixed:
		c.errorf(e, "%s takes at least %d argument%s, found %d", name, fixed, plural(fixed), len(e.Args))
		c.args(s, e, nil, "")
		return
	case !spread && !sig.Variadic() && len(e.Args) != n:
		c.errorf(e, "%s takes %d argument%s, found %d", name, n, plural(n), len(e.Args))
		c.args(s, e, nil, "")
		return
	}
	for i, a := range e.Args {
		var want Type
		switch {
		case i < fixed:
			want = params[i]
		case spread:
			want = params[n-1]
		default:
			want = params[n-1].(*Slice).Elem
		}
		p := sig.Params().At(min(i, n-1))
		t := c.goArg(s, a, want)
		c.arrayForSliceParam(a, t, want, p.Type())
		if !c.runeConst(a, t, want) {
			c.goAssign(t, want, a, "for parameter "+paramName(p, i)+" of "+name)
		}
		if infer != nil {
			infer()
		}
	}
}

// arrayForSliceParam makes a fixed array a, of type t, passed for a type
// parameter whose core type is a slice (S of slices.Sort[S ~[]E]), the
// slice that views it, as it is when passed for a []T: want, the type
// argument, is that slice.
func (c *checker) arrayForSliceParam(a syntax.Expr, t, want Type, param gotypes.Type) {
	tp, ok := param.(*gotypes.TypeParam)
	if !ok {
		return
	}
	if _, isSlice := coreTerm(tp.Constraint()).(*gotypes.Slice); !isSlice {
		return
	}
	arr, ok := Resolve(Under(t)).(*Array)
	v, free := Resolve(want).(*Var)
	if !ok || !free {
		return
	}
	view := &Slice{Elem: arr.Elem}
	bind(v, view)
	c.info.Implicit[a] = view
}

// forwardResults checks f(g(x)), the one argument of a Go function f of
// several parameters a call of a Go function g, as Go takes it: g's
// results are f's arguments (template.Must(t.Parse(s))). The lowering
// finds such calls again with ForwardedResults.
func (c *checker) forwardResults(s *Scope, e *syntax.CallExpr, sig *gotypes.Signature, name string) {
	a := syntax.Unparen(e.Args[0]).(*syntax.CallExpr)
	c.expr(s, a, nil)
	results := ForwardedResults(c.info.Calls[a])
	if results != nil && forwards(results, sig) {
		return
	}
	why := ""
	if results != nil {
		qual := func(p *gotypes.Package) string { return p.Name() }
		why = fmt.Sprintf(": the results %s of %s are not its parameters %s", gotypes.TypeString(results, qual), exprString(a.Fun), gotypes.TypeString(sig.Params(), qual))
	}
	n := sig.Params().Len()
	if sig.Variadic() {
		c.errorf(e, "%s takes at least %d arguments, found 1%s", name, n-1, why)
		return
	}
	c.errorf(e, "%s takes %d arguments, found 1%s", name, n, why)
}

// ForwardedResults returns the results of the Go function or method that
// call calls, when there are several, or nil.
func ForwardedResults(call *Call) *gotypes.Tuple {
	if call == nil || call.GoFunc() == nil {
		return nil
	}
	fn, ok := call.GoFunc().Obj.(*gotypes.Func)
	if !ok || fn.Signature().Results().Len() < 2 {
		return nil
	}
	return fn.Signature().Results()
}

// forwards reports whether Go passes the results as the arguments of a
// function of signature sig, in a call f(g()).
func forwards(results *gotypes.Tuple, sig *gotypes.Signature) bool {
	params := sig.Params()
	n := params.Len()
	if !sig.Variadic() && results.Len() != n || sig.Variadic() && results.Len() < n-1 {
		return false
	}
	for i := range results.Len() {
		p := params.At(min(i, n-1)).Type()
		if sig.Variadic() && i >= n-1 {
			p = p.(*gotypes.Slice).Elem()
		}
		if !gotypes.AssignableTo(results.At(i).Type(), p) {
			return false
		}
	}
	return true
}

// runeConst reports whether a, of type t, is a constant char that Go
// takes as an untyped rune constant for the integer parameter of type
// want: strconv.FormatFloat(x, 'f', 2, 64) passes 'f' as a byte. The
// value must fit.
func (c *checker) runeConst(a syntax.Expr, t, want Type) bool {
	k, isConst := c.info.Consts[a]
	b, isBasic := Resolve(want).(*Basic)
	if !isConst || Resolve(t) != Typ[Char] || !isBasic || !b.IsInteger() {
		return false
	}
	if !fits(k.Value, b) {
		c.errorf(a, "%s does not fit in %s", k.Value, b)
	}
	return true
}

// paramName names a Go parameter in messages.
func paramName(p *gotypes.Var, i int) string {
	if p.Name() == "" || p.Name() == "_" {
		return strconv.Itoa(i + 1)
	}
	return p.Name()
}

// goArg checks an argument for a Go parameter of type want: nil is a
// value of every nilable Go type there, slices and funcs included.
func (c *checker) goArg(s *Scope, a syntax.Expr, want Type) Type {
	if _, isNil := syntax.Unparen(a).(*syntax.NilLit); isNil {
		switch Resolve(want).(type) {
		case *Slice, *Func:
			c.record(a, want)
			return want
		}
	}
	t := c.expr(s, a, c.goHint(want))
	if v := arrayLitVar(t); v != nil {
		if _, toArray := Resolve(want).(*Array); !toArray {
			bind(v, &Vec{Elem: v.Elem}) // an array literal passed to Go is a slice
		}
	}
	return t
}

// goHint is the hint for a value of type want: the func type under a
// named func type, so that a closure's parameters take its types.
func (c *checker) goHint(want Type) Type {
	if h := c.funcHint(want); h != nil {
		return h
	}
	return want
}

// funcHint returns the func type under the Go named func type t, or nil.
func (c *checker) funcHint(t Type) Type {
	if u, ok := c.goUnder(t).(*Func); ok {
		return u
	}
	return nil
}

// goAssign checks that a value of type got can be used as a Go value of
// type want, reporting where it cannot.
func (c *checker) goAssign(got, want Type, n syntax.Node, where string) bool {
	if got == InvalidType || want == InvalidType {
		return true
	}
	why := c.goAssignable(got, want)
	if why == nil || stringLitAs(n, got, want) {
		return true
	}
	reason := ""
	if why != errMismatch {
		reason = ": " + why.Error()
	}
	c.errorf(n, "cannot use %s as %s %s%s", got, want, where, reason)
	return false
}

var errMismatch = errors.New("mismatch")

// goImplicit reports whether a value of type got converts implicitly to
// the Go type want anywhere, as Go converts it: to any, to an interface
// it implements, to GoError, and to a named type of its underlying type.
// A Vex Context is a context.Context anywhere too, through GoContext (the
// checker records it in Info.Implicit); the other conversions that need
// code (a Channel, a fixed array) are those of Go call arguments only
// (goAssignable).
func (c *checker) goImplicit(got, want Type) bool {
	switch w := Resolve(want).(type) {
	case *GoAny, *GoError, *GoNamed, *Ref:
		switch g := Resolve(got).(type) {
		case *StdType:
			n, ok := w.(*GoNamed)
			return ok && g.Kind == StdContext && isGoContext(n)
		case *Channel, *Array:
			return false
		case *Func:
			if u, ok := c.goUnder(w).(*Func); ok && !unify(u, g) {
				return false
			}
		}
		return c.goAssignable(got, want) == nil
	}
	return false
}

// goMismatch says why a value of type got does not convert to want, a Go
// interface type, or returns "" if want is none or there is nothing more
// to say than that the types differ.
func (c *checker) goMismatch(got, want Type) string {
	if r, ok := Resolve(got).(*Result); ok && Resolve(want) == GoErrorType && Resolve(r.Ok) == UnitType && Resolve(r.Err) == GoErrorType {
		// Err(errors.New("x")): the constructor's error is a Result already.
		return "a Go function returning error, such as errors.New, gives a Result<(), GoError>; make a GoError with GoError.new(msg)"
	}
	w, ok := Resolve(want).(*GoNamed)
	if !ok {
		return ""
	}
	if _, isIface := w.Underlying().(*gotypes.Interface); !isIface {
		return ""
	}
	if err := c.implementsGo(got, w); err != nil && err != errMismatch {
		return err.Error()
	}
	return ""
}

// goAssignable reports whether a value of type got can be used where Go
// wants a value of type want, binding inference variables if so. It
// returns errMismatch, or an error that says why.
func (c *checker) goAssignable(got, want Type) error {
	if unify(want, got) || c.satisfies(got, want) || vecAsSlice(got, want) {
		return nil
	}
	g, w := Resolve(got), Resolve(want)
	switch w := w.(type) {
	case *GoAny:
		if v, ok := g.(*Var); ok && v.Kind != AnyKind {
			bind(v, Final(v)) // a literal boxed in an any takes its default type
		}
		return nil
	case *Basic:
		if w == Typ[I32] && g == Typ[Char] {
			return nil // a char is a Go rune
		}
	case *GoError:
		return c.isError(g)
	case *GoNamed:
		if _, isIface := w.Underlying().(*gotypes.Interface); isIface {
			if st, ok := g.(*StdType); ok && st.Kind == StdContext && isGoContext(w) {
				return nil // a Vex Context is a context.Context
			}
			return c.implementsGo(g, w)
		}
		if u := c.goUnder(w); u != nil && unnamed(g) && (unify(u, g) || vecAsSlice(g, u)) {
			return nil // a value of the underlying type, as Go assigns it
		}
	case *Ref:
		// A shared reference passes where Go wants a pointer: Go has no
		// other kind.
		if gr, ok := g.(*Ref); ok && w.Mut && !gr.Mut && IsGoType(w.Elem) && unify(w.Elem, gr.Elem) {
			return nil
		}
	case *Slice:
		if ga, ok := g.(*Array); ok && unify(w.Elem, ga.Elem) {
			return nil // a fixed array passes as a slice that views it
		}
	case *GoChan:
		if ch, ok := g.(*Channel); ok && w.Dir == ChanRecv && unify(w.Elem, ch.Elem) {
			return nil // a Channel's receive side
		}
		if gc, ok := g.(*GoChan); ok && gc.Dir == ChanBoth && unify(w.Elem, gc.Elem) {
			return nil // a chan T is a <-chan T and a chan<- T, as Go assigns it
		}
	}
	return errMismatch
}

// unnamed reports whether t is a type literal to Go, assignable to a named
// type whose underlying type it is.
func unnamed(t Type) bool {
	switch t.(type) {
	case *Slice, *Vec, *Array, *GoMap, *GoChan, *Func, *Ref:
		return true
	}
	return false
}

// isGoContext reports whether t is Go's context.Context.
func isGoContext(t *GoNamed) bool {
	return t.Obj.Pkg() != nil && t.Obj.Pkg().Path() == "context" && t.Obj.Name() == "Context"
}

// errorType is Go's error.
var errorType = gotypes.Universe.Lookup("error").Type()

// isError reports whether a value of type t is a Go error: a GoError, a
// Go type with an Error method, or a Vex type with a method
// Error(): string.
func (c *checker) isError(t Type) error {
	if goT := c.goTypeOf(t); goT != nil {
		if gotypes.Implements(goT, errorType.Underlying().(*gotypes.Interface)) {
			return nil
		}
		return errMismatch
	}
	n, isRef := vexNamed(t)
	if n == nil {
		return errMismatch
	}
	m := n.Generic().Methods["Error"]
	if m == nil || m.Recv == RecvNone || len(m.Sig.Params) != 0 || m.Sig.Result != Typ[String] {
		return errors.New(n.Obj.Name() + " has no method Error(): string")
	}
	if m.Recv == RecvMutRef && !isRef {
		return errors.New("its method Error takes self: &" + n.Obj.Name() + "!; pass a reference, &!x")
	}
	return nil
}

// vexNamed returns the user struct or enum of t or of the reference t, and
// whether t is a reference.
func vexNamed(t Type) (*Named, bool) {
	t = Resolve(t)
	r, isRef := t.(*Ref)
	if isRef {
		t = Resolve(r.Elem)
	}
	n, ok := t.(*Named)
	if !ok || n.Kind == ContractKind {
		return nil, false
	}
	return n, isRef
}

// implementsGo reports whether a value of type t converts to the Go
// interface type iface: a Go type that implements it, or a Vex type with
// its methods, spelled as Go spells them.
func (c *checker) implementsGo(t Type, iface *GoNamed) error {
	goIface, _ := c.goTypeOf(iface).Underlying().(*gotypes.Interface)
	if goIface == nil {
		return errMismatch
	}
	if goT := c.goTypeOf(t); goT != nil {
		if m, _ := gotypes.MissingMethod(goT, goIface, true); m != nil {
			return errors.New("missing method " + m.Name())
		}
		return nil
	}
	n, isRef := vexNamed(t)
	if n == nil {
		return errMismatch
	}
	for i := range goIface.NumMethods() {
		gm := goIface.Method(i)
		m := n.Generic().Methods[gm.Name()]
		if m == nil || m.Recv == RecvNone {
			if lower := n.Generic().Methods[lowerFirst(gm.Name())]; lower != nil && lower.Recv != RecvNone {
				return errors.New("missing method " + gm.Name() + " (" + lower.Name() + " is not it: a Vex method implements a Go method under Go's name)")
			}
			return errors.New("missing method " + gm.Name())
		}
		if m.Recv == RecvMutRef && !isRef {
			return errors.New("its method " + gm.Name() + " takes self: &" + n.Obj.Name() + "!; pass a reference, &!x")
		}
		want, why := c.goType(gm.Type(), nil)
		if why != "" {
			return errors.New(string(why))
		}
		got := Subst(m.Sig, n.subst())
		if !identicalInGo(got, want) {
			return errors.New("method " + gm.Name() + " has type " + got.String() + ", not " + want.String())
		}
		if shape := normalShape(ResultsOf(gm.Signature())); shape != m.GoResults() {
			goSig := gm.Name() + gm.Signature().String()[len("func"):]
			if shape == GoTuple {
				return errors.New("a Vex method cannot implement " + goSig + ": its results are a tuple to Vex, which a method returns as one value")
			}
			return errors.New("method " + gm.Name() + " returns " + m.Sig.Result.String() + " as one value, not as Go's results; to implement " + goSig + " it must be declared with GoError")
		}
	}
	return nil
}

// normalShape is shape, with a Go function without results counted as one
// with one (MethodResults' GoOne).
func normalShape(shape GoResults) GoResults {
	if shape == GoNoResult {
		return GoOne
	}
	return shape
}

// lowerFirst returns name with its first letter in lower case.
func lowerFirst(name string) string {
	r, n := utf8.DecodeRuneInString(name)
	return string(unicode.ToLower(r)) + name[n:]
}

// identicalInGo reports whether a and b lower to one Go type: they are
// identical, but for a Vec in one where the other has a slice, both Go's
// []T, or a char where the other has an i32, both Go's int32.
func identicalInGo(a, b Type) bool {
	a, b = Resolve(a), Resolve(b)
	if a == Typ[Char] {
		a = Typ[I32]
	}
	if b == Typ[Char] {
		b = Typ[I32]
	}
	if Identical(a, b) {
		return true
	}
	ka, ea := goParts(a)
	kb, eb := goParts(b)
	if ka == "" || ka != kb || len(ea) != len(eb) {
		return false
	}
	for i := range ea {
		if !identicalInGo(ea[i], eb[i]) {
			return false
		}
	}
	return true
}

// goParts returns the kind of the Go type that t lowers to, and the types
// it is made of, for the types that are made of others; "" for the rest.
func goParts(t Type) (string, []Type) {
	switch t := t.(type) {
	case *Vec:
		return "[]", []Type{t.Elem}
	case *Slice:
		return "[]", []Type{t.Elem}
	case *Array:
		return "[" + strconv.FormatInt(t.Len, 10) + "]", []Type{t.Elem}
	case *Ref:
		return "&" + strconv.FormatBool(t.Mut), []Type{t.Elem}
	case *Func:
		return "fn" + strconv.Itoa(len(t.Params)), append(slices.Clip(t.Params), t.Result)
	case *Tuple:
		return "tuple" + strconv.Itoa(len(t.Elems)), t.Elems
	case *Option:
		return "Option", []Type{t.Elem}
	case *Result:
		return "Result", []Type{t.Ok, t.Err}
	case *GoMap:
		return "map", []Type{t.Key, t.Elem}
	case *GoChan:
		return "chan" + strconv.Itoa(int(t.Dir)), []Type{t.Elem}
	}
	return "", nil
}

// goTypeOf returns the Go type of a value of Vex type t when t is one of
// Go's types or built from them, and nil otherwise.
func (c *checker) goTypeOf(t Type) gotypes.Type {
	switch t := Resolve(t).(type) {
	case *Basic:
		if k := goBasicKinds[t.Kind]; k != gotypes.Invalid {
			return gotypes.Typ[k]
		}
	case *GoNamed:
		if len(t.Args) == 0 {
			return t.Obj.Type()
		}
		args := make([]gotypes.Type, len(t.Args))
		for i, a := range t.Args {
			if args[i] = c.goTypeOf(a); args[i] == nil {
				return nil
			}
		}
		inst, err := gotypes.Instantiate(nil, t.Obj.Type(), args, false)
		if err != nil {
			return nil
		}
		return inst
	case *Ref:
		if e := c.goTypeOf(t.Elem); e != nil {
			return gotypes.NewPointer(e)
		}
	case *Slice:
		if e := c.goTypeOf(t.Elem); e != nil {
			return gotypes.NewSlice(e)
		}
	case *Vec:
		if e := c.goTypeOf(t.Elem); e != nil {
			return gotypes.NewSlice(e)
		}
	case *Array:
		if e := c.goTypeOf(t.Elem); e != nil {
			return gotypes.NewArray(e, t.Len)
		}
	case *GoMap:
		k, v := c.goTypeOf(t.Key), c.goTypeOf(t.Elem)
		if k != nil && v != nil {
			return gotypes.NewMap(k, v)
		}
	case *GoChan:
		if e := c.goTypeOf(t.Elem); e != nil {
			return gotypes.NewChan([...]gotypes.ChanDir{ChanBoth: gotypes.SendRecv, ChanRecv: gotypes.RecvOnly, ChanSend: gotypes.SendOnly}[t.Dir], e)
		}
	case *GoError:
		return errorType
	case *GoAny:
		return gotypes.Universe.Lookup("any").Type()
	}
	return nil
}

// goBasicKinds are the Go types of the Vex basic types.
var goBasicKinds = [...]gotypes.BasicKind{
	I8: gotypes.Int8, I16: gotypes.Int16, I32: gotypes.Int32, I64: gotypes.Int64, Isize: gotypes.Int,
	U8: gotypes.Uint8, U16: gotypes.Uint16, U32: gotypes.Uint32, U64: gotypes.Uint64, Usize: gotypes.Uint,
	F32: gotypes.Float32, F64: gotypes.Float64, Bool: gotypes.Bool, Char: gotypes.Int32, String: gotypes.String,
	Unit: gotypes.Invalid,
}

// inferCore infers the type arguments that only the core types of
// constraints show, as Go does: K and V of maps.Keys[M ~map[K]V] from M.
func (c *checker) inferCore(tps *gotypes.TypeParamList, subst map[*gotypes.TypeParam]Type) {
	for range 2 {
		for i := range tps.Len() {
			tp := tps.At(i)
			core := coreTerm(tp.Constraint())
			if core == nil {
				continue
			}
			ct, why := c.goType(core, subst)
			if why != "" {
				continue
			}
			arg := Resolve(subst[tp])
			if _, free := arg.(*Var); free {
				continue
			}
			if u := c.goUnder(arg); u != nil {
				arg = u
			}
			if v, ok := arg.(*Vec); ok {
				arg = &Slice{Elem: v.Elem} // a Vec is a Go slice
			}
			if unifiable(arg, ct) {
				bind(arg, ct)
			}
		}
	}
}

// coreTerm returns the single type of a constraint's type set, as ~[]E
// in S ~[]E, or nil.
func coreTerm(constraint gotypes.Type) gotypes.Type {
	iface, ok := constraint.Underlying().(*gotypes.Interface)
	if !ok {
		return nil
	}
	for i := range iface.NumEmbeddeds() {
		switch et := iface.EmbeddedType(i).(type) {
		case *gotypes.Union:
			if et.Len() == 1 {
				return et.Term(0).Type()
			}
		case *gotypes.Interface:
		default:
			if _, isIface := et.Underlying().(*gotypes.Interface); !isIface {
				return et
			}
		}
	}
	return nil
}

// checkGoConstraints reports type arguments of a generic Go function that
// do not satisfy their constraints.
func (c *checker) checkGoConstraints(e *syntax.CallExpr, name string, sig *gotypes.Signature, args []Type) {
	tps := sig.TypeParams()
	goArgs := make([]gotypes.Type, len(args))
	all := true
	for i, a := range args {
		if a == InvalidType {
			return
		}
		goArgs[i] = c.goTypeOf(a)
		all = all && goArgs[i] != nil
	}
	if all {
		_, err := gotypes.Instantiate(nil, sig, goArgs, true)
		var ae *gotypes.ArgumentError
		if errors.As(err, &ae) {
			tp := tps.At(ae.Index)
			c.errorf(e, "%s does not satisfy %s (the type parameter %s of %s)", args[ae.Index], tp.Constraint(), tp.Obj().Name(), name)
		}
		return
	}
	// A Vex type has no Go type to instantiate with: check what Vex knows.
	for i, a := range args {
		tp := tps.At(i)
		iface, _ := tp.Constraint().Underlying().(*gotypes.Interface)
		if iface == nil || goArgs[i] != nil && gotypes.Satisfies(goArgs[i], iface) {
			continue
		}
		ok := true
		switch {
		case iface.IsComparable() && !comparable(a) && !equatable(a):
			ok = false
		case coreTerm(tp.Constraint()) == nil && hasTypeTerms(iface):
			ok = false
		}
		for j := range iface.NumMethods() {
			if c.methodSigOf(a, iface.Method(j).Name()) == nil {
				ok = false
			}
		}
		if !ok {
			c.errorf(e, "%s does not satisfy %s (the type parameter %s of %s)", a, tp.Constraint(), tp.Obj().Name(), name)
		}
	}
}

// hasTypeTerms reports whether an interface restricts its type set with
// a union, as cmp.Ordered does.
func hasTypeTerms(iface *gotypes.Interface) bool {
	for i := range iface.NumEmbeddeds() {
		switch et := iface.EmbeddedType(i).(type) {
		case *gotypes.Union:
			return true
		case *gotypes.Interface:
			if hasTypeTerms(et) {
				return true
			}
		default:
			if sub, ok := et.Underlying().(*gotypes.Interface); ok && hasTypeTerms(sub) {
				return true
			}
		}
	}
	return false
}
