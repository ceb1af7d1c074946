package lower

import (
	gotypes "go/types"
	"strconv"

	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// This file lowers the calls of Go functions and methods (interop.md
// sections 3 to 5). A call is the Go call itself; its results become the
// Vex value of section 4 where the code needs one:
//
//	no results, T             the call
//	error                     vexrt.ErrorResult(f(x))
//	(T, error)                vexrt.ResultOf(f(x))
//	(A, B, error)             vexrt.ResultOf2(f(x))
//	(T, bool)                 vexrt.OptionOf(f(x))
//	(A, B)                    vexrt.T2(f(x))
//
// A call whose value is dropped, deferred or started with go stays the
// bare Go call, and `?` on a call returning (T, error) is the Go a person
// writes:
//
//	n, err := strconv.Atoi(s)
//	if err != nil {
//		return vexrt.Err[int, error](err)
//	}
//
// A Vex function passed where Go wants a func whose results Vex maps is
// wrapped in a func literal of Go's signature, and a Go func used as a Vex
// value the other way round.

// goCall lowers a call of the Go function or method g to its Vex value.
func (f *funcLower) goCall(e *syntax.CallExpr, c *types.Call, g *types.GoObj) Expr {
	return f.goResults(f.goCallRaw(e, c, g), g.Obj.(*gotypes.Func).Signature(), c.Type.(*types.Func).Result)
}

// goFuncUnder returns the signature of a Go named func type, or nil.
func goFuncUnder(t types.Type) *gotypes.Signature {
	if n, ok := t.(*types.GoNamed); ok {
		sig, _ := n.Underlying().(*gotypes.Signature)
		return sig
	}
	return nil
}

// goResults turns raw, a call of a Go func of signature sig, into the Vex
// value of type result.
func (f *funcLower) goResults(raw Expr, sig *gotypes.Signature, result types.Type) Expr {
	results := sig.Results()
	switch shape := types.ResultsOf(sig); shape {
	case types.GoOne:
		if t, ok := result.(*types.Func); ok {
			if s, ok := results.At(0).Type().Underlying().(*gotypes.Signature); ok {
				return f.fromGoFunc(raw, t, s)
			}
		}
	case types.GoTuple:
		return &CallExpr{Fun: rtIdent("T" + strconv.Itoa(results.Len())), Args: []Expr{raw}}
	default:
		return wrapResults(raw, shape, result) // gomethod.go
	}
	return raw
}

// goCallRaw lowers a call of the Go function or method g to the Go call,
// whose results are Go's.
func (f *funcLower) goCallRaw(e *syntax.CallExpr, c *types.Call, g *types.GoObj) Expr {
	fn := g.Obj.(*gotypes.Func)
	sig := fn.Signature()
	var fun Expr = goRef(fn)
	if c.Kind == types.CallMethod {
		sel := e.Fun.(*syntax.SelectorExpr)
		recv := f.expr(sel.X)
		if _, ptr := sig.Recv().Type().(*gotypes.Pointer); ptr && !isRef(c.Recv) && !addressable(recv) {
			recv = f.place(recv) // Go takes the address of a variable only
		}
		fun = &SelectorExpr{X: recv, Sel: fn.Name()}
	}
	call := &CallExpr{Fun: fun, Ellipsis: e.Ellipsis != source.NoPos}
	fixed := sig.Params().Len()
	if sig.Variadic() {
		fixed--
	}
	if len(e.Args) == 1 && !call.Ellipsis && fixed >= 2 && sig.TypeParams().Len() == 0 {
		if inner, ok := syntax.Unparen(e.Args[0]).(*syntax.CallExpr); ok && types.ForwardedResults(f.l.info.Calls[inner]) != nil {
			raw, _, _ := f.rawCall(inner)
			call.Args = []Expr{raw} // template.Must(t.Parse(s)): g's results are f's arguments
			return call
		}
	}
	xs := f.exprList(e.Args)
	n := sig.Params().Len()
	for i, a := range e.Args {
		p := sig.Params().At(min(i, n-1)).Type()
		if sig.Variadic() && i >= n-1 && !call.Ellipsis {
			p = p.(*gotypes.Slice).Elem()
		}
		call.Args = append(call.Args, f.toGo(a, xs[i], p))
	}
	if goNeedsTypeArgs(e, sig) {
		for _, t := range c.TypeArgs {
			call.TypeArgs = append(call.TypeArgs, f.l.typ(t))
		}
	}
	return call
}

// goNeedsTypeArgs reports whether a call of a generic Go function must
// spell its type arguments: those written in Vex, or when Go could not
// infer one from the arguments.
func goNeedsTypeArgs(e *syntax.CallExpr, sig *gotypes.Signature) bool {
	tps := sig.TypeParams()
	if tps.Len() == 0 {
		return false
	}
	if _, explicit := e.Fun.(*syntax.InstExpr); explicit {
		return true
	}
	inferred := make(map[*gotypes.TypeParam]bool)
	for i := range sig.Params().Len() {
		mentions(sig.Params().At(i).Type(), inferred)
	}
	for changed := true; changed; {
		changed = false
		for i := range tps.Len() {
			tp := tps.At(i)
			if inferred[tp] {
				if core := coreOf(tp); core != nil {
					n := len(inferred)
					mentions(core, inferred)
					changed = changed || len(inferred) > n
				}
			}
		}
	}
	for i := range tps.Len() {
		if !inferred[tps.At(i)] {
			return true
		}
	}
	return false
}

// coreOf returns the single type of the type set of tp's constraint, or
// nil.
func coreOf(tp *gotypes.TypeParam) gotypes.Type {
	iface, _ := tp.Constraint().Underlying().(*gotypes.Interface)
	if iface == nil {
		return nil
	}
	for i := range iface.NumEmbeddeds() {
		if u, ok := iface.EmbeddedType(i).(*gotypes.Union); ok && u.Len() == 1 {
			return u.Term(0).Type()
		}
	}
	return nil
}

// mentions adds the type parameters that t mentions to m.
func mentions(t gotypes.Type, m map[*gotypes.TypeParam]bool) {
	switch t := t.(type) {
	case *gotypes.TypeParam:
		m[t] = true
	case *gotypes.Pointer:
		mentions(t.Elem(), m)
	case *gotypes.Slice:
		mentions(t.Elem(), m)
	case *gotypes.Array:
		mentions(t.Elem(), m)
	case *gotypes.Map:
		mentions(t.Key(), m)
		mentions(t.Elem(), m)
	case *gotypes.Chan:
		mentions(t.Elem(), m)
	case *gotypes.Signature:
		for i := range t.Params().Len() {
			mentions(t.Params().At(i).Type(), m)
		}
		for i := range t.Results().Len() {
			mentions(t.Results().At(i).Type(), m)
		}
	case *gotypes.Named:
		for i := range t.TypeArgs().Len() {
			mentions(t.TypeArgs().At(i), m)
		}
	}
}

// toGo converts x, the lowered Vex expression a, to a value of the Go type
// goWant: a Vex Context to a context.Context, a Channel to its receive
// side, a fixed array to a slice, a Vex function to a func whose results
// are Go's, and an untyped constant to its Vex type where Go would infer
// another (an interface or a type parameter).
func (f *funcLower) toGo(a syntax.Expr, x Expr, goWant gotypes.Type) Expr {
	got := f.l.info.Types[a]
	if _, isNil := syntax.Unparen(a).(*syntax.NilLit); isNil {
		return x
	}
	switch g := got.(type) {
	case *types.StdType:
		if g.Kind == types.StdContext && isInterface(goWant) {
			return method(x, "GoContext")
		}
	case *types.Channel:
		if _, ok := goWant.Underlying().(*gotypes.Chan); ok {
			return method(x, "RecvChan")
		}
	case *types.Array:
		if _, ok := goWant.Underlying().(*gotypes.Slice); ok {
			return &SliceExpr{X: f.place(x)}
		}
	case *types.Func:
		if sig, ok := goWant.Underlying().(*gotypes.Signature); ok {
			return f.toGoFunc(x, g, sig)
		}
	}
	if isInterface(goWant) || hasTypeParam(goWant) {
		return f.typed(a, x, got)
	}
	return x
}

func isInterface(t gotypes.Type) bool {
	_, ok := t.Underlying().(*gotypes.Interface)
	return ok
}

func hasTypeParam(t gotypes.Type) bool {
	m := make(map[*gotypes.TypeParam]bool)
	mentions(t, m)
	return len(m) > 0
}

// goShaped reports whether a Vex function lowers to a Go func of the
// signature sig as it is: its results are none or one value.
func goShaped(sig *gotypes.Signature) bool {
	switch types.ResultsOf(sig) {
	case types.GoNoResult, types.GoOne:
		return true
	}
	return false
}

// toGoFunc wraps x, a Vex function of type t, in a func of Go's signature
// sig when their results differ:
//
//	func(p string) (int, error) { return x(p).Unpack() }
func (f *funcLower) toGoFunc(x Expr, t *types.Func, sig *gotypes.Signature) Expr {
	if goShaped(sig) {
		return x
	}
	x = f.onceFunc(x)
	lit, call := f.adapter(x, t)
	tmp, errName := &Ident{Name: f.temp("t")}, &Ident{Name: f.temp("err")}
	var ret []Expr
	res := t.Result
	switch types.ResultsOf(sig) {
	case types.GoErrorOnly:
		lit.Results = []Type{&NamedType{Name: "error"}}
		lit.Body.Stmts = append(lit.Body.Stmts, &AssignStmt{Lhs: []Expr{&Ident{Name: "_"}, errName}, Op: ":=", Rhs: []Expr{method(call, "Unpack")}})
		ret = []Expr{errName}
	case types.GoValueError:
		r := res.(*types.Result)
		lit.Results = []Type{f.l.typ(r.Ok), &NamedType{Name: "error"}}
		ret = []Expr{method(call, "Unpack")}
	case types.GoValueOK:
		lit.Results = []Type{f.l.typ(res.(*types.Option).Elem), &NamedType{Name: "bool"}}
		ret = []Expr{method(call, "Get")}
	case types.GoTuple:
		tt := res.(*types.Tuple)
		lit.Body.Stmts = append(lit.Body.Stmts, &AssignStmt{Lhs: []Expr{tmp}, Op: ":=", Rhs: []Expr{call}})
		for i, e := range tt.Elems {
			lit.Results = append(lit.Results, f.l.typ(e))
			ret = append(ret, &SelectorExpr{X: tmp, Sel: "V" + strconv.Itoa(i)})
		}
	case types.GoTupleError:
		tt := res.(*types.Result).Ok.(*types.Tuple)
		lit.Body.Stmts = append(lit.Body.Stmts, &AssignStmt{Lhs: []Expr{tmp, errName}, Op: ":=", Rhs: []Expr{method(call, "Unpack")}})
		for i, e := range tt.Elems {
			lit.Results = append(lit.Results, f.l.typ(e))
			ret = append(ret, &SelectorExpr{X: tmp, Sel: "V" + strconv.Itoa(i)})
		}
		lit.Results = append(lit.Results, &NamedType{Name: "error"})
		ret = append(ret, errName)
	}
	lit.Body.Stmts = append(lit.Body.Stmts, &ReturnStmt{Results: ret})
	return lit
}

// fromGoFunc wraps x, a Go func of signature sig, in a Vex function of
// type t when their results differ:
//
//	func() vexrt.Result[vexrt.Unit, error] { return vexrt.ErrorResult(x()) }
func (f *funcLower) fromGoFunc(x Expr, t *types.Func, sig *gotypes.Signature) Expr {
	if goShaped(sig) {
		return x
	}
	x = f.onceFunc(x)
	lit, call := f.adapter(x, t)
	if r := f.l.resultType(t.Result); r != nil {
		lit.Results = []Type{r}
	}
	name := map[types.GoResults]string{
		types.GoErrorOnly: "ErrorResult", types.GoValueError: "ResultOf", types.GoValueOK: "OptionOf",
		types.GoTupleError: "ResultOf" + strconv.Itoa(sig.Results().Len()-1), types.GoTuple: "T" + strconv.Itoa(sig.Results().Len()),
	}[types.ResultsOf(sig)]
	lit.Body.Stmts = append(lit.Body.Stmts, &ReturnStmt{Results: []Expr{&CallExpr{Fun: rt(name), Args: []Expr{call}}}})
	return lit
}

// onceFunc returns x, a func value, as an expression that can be read in
// an adapter: a name as it is, anything else saved in a temporary.
func (f *funcLower) onceFunc(x Expr) Expr {
	if _, ok := x.(*Ident); ok {
		return x
	}
	return f.once(x, "fn")
}

// adapter returns a func literal with the parameters of t, p, p2, ...,
// and without results yet, and the call of x that passes them on.
func (f *funcLower) adapter(x Expr, t *types.Func) (*FuncLit, *CallExpr) {
	lit := &FuncLit{Body: &Block{}}
	call := &CallExpr{Fun: x}
	for _, p := range t.Params {
		name := f.temp("p")
		lit.Params = append(lit.Params, &Field{Name: name, Type: f.l.typ(p)})
		call.Args = append(call.Args, &Ident{Name: name})
	}
	return lit, call
}

// goStmtCall returns the bare Go call of e, a call of a Go function or
// method whose Vex value is not needed: an expression statement, defer
// or go.
func (f *funcLower) goStmtCall(e syntax.Expr) (Expr, bool) {
	call, ok := syntax.Unparen(e).(*syntax.CallExpr)
	if !ok {
		return nil, false
	}
	raw, _, ok := f.rawCall(call)
	return raw, ok
}

// rawCall returns the call e as Go spells it, with Go's results, when e
// calls a Go function or method, or a Vex method whose Go results are
// Go's own (gomethod.go), and the shape of those results.
func (f *funcLower) rawCall(e *syntax.CallExpr) (Expr, types.GoResults, bool) {
	c, shape := f.l.info.Calls[e], f.callShape(e)
	switch {
	case c == nil || c.Kind == types.CallValue:
	case c.GoFunc() != nil:
		return f.goCallRaw(e, c, c.GoFunc()), shape, true
	case shaped(shape):
		if raw := f.vexMethodCall(e, c); raw != nil {
			return raw, shape, true
		}
	}
	return nil, shape, false
}

// callShape returns the shape of the Go results of e when rawCall lowers
// it, without lowering it, and GoOne otherwise.
func (f *funcLower) callShape(e *syntax.CallExpr) types.GoResults {
	c := f.l.info.Calls[e]
	switch {
	case c == nil || c.Kind == types.CallValue:
	case c.GoFunc() != nil:
		return types.ResultsOf(c.GoFunc().Obj.(*gotypes.Func).Signature())
	default:
		return f.vexMethodShape(e, c)
	}
	return types.GoOne
}

// commaOk returns the call of getter on x, an Option or a Result, that
// gives its value and whether it has one: x.Get(), or the call f(x) itself
// when x is vexrt.OptionOf(f(x)).
func commaOk(x Expr, getter string) Expr {
	if call, ok := x.(*CallExpr); ok && getter == "Get" && len(call.Args) == 1 {
		if id, ok := call.Fun.(*Ident); ok && id.Path == rtPath && id.Name == "OptionOf" {
			return call.Args[0]
		}
		if id, ok := call.Fun.(*Ident); ok && id.Path == rtPath && id.Name == "Downcast" && len(call.TypeArgs) == 1 {
			return &TypeAssertExpr{X: call.Args[0], Type: call.TypeArgs[0]} // v, ok := x.(T)
		}
	}
	return method(x, getter)
}

// goTry lowers x? for a call x of a Go function that returns an error,
// (T, error) or (T, bool): the value goes to a variable that val names,
// and the error or the missing value returns early. ok is false when x is
// no such call.
func (f *funcLower) goTry(e *syntax.TryExpr, val func() string) (name string, ok bool) {
	call, isCall := syntax.Unparen(e.X).(*syntax.CallExpr)
	if !isCall {
		return "", false
	}
	shape := f.callShape(call)
	switch shape {
	case types.GoErrorOnly, types.GoValueError, types.GoValueOK:
	default:
		return "", false
	}
	pos := f.l.pos(e)
	raw, _, _ := f.rawCall(call)
	ret := func(flag string) *Block {
		then, close := f.open()
		f.unlockForReturn(nil, nil, nil)    // guards.go
		f.returnFailure(&Ident{Name: flag}) // gomethod.go
		close()
		return then
	}
	switch shape {
	case types.GoErrorOnly:
		errName := f.flag("err")
		f.emit(&IfStmt{Pos: pos,
			Init: &AssignStmt{Lhs: []Expr{&Ident{Name: errName}}, Op: ":=", Rhs: []Expr{raw}},
			Cond: &BinaryExpr{Op: "!=", X: &Ident{Name: errName}, Y: goNil()},
			Then: ret(errName)})
		return "", true
	case types.GoValueError:
		name = val()
		errName := f.flag("err")
		get := &AssignStmt{Pos: pos, Lhs: []Expr{&Ident{Name: name}, &Ident{Name: errName}}, Op: ":=", Rhs: []Expr{raw}}
		f.emitTry(get, &BinaryExpr{Op: "!=", X: &Ident{Name: errName}, Y: goNil()}, ret(errName))
	default:
		name = val()
		okName := f.flag("ok")
		get := &AssignStmt{Pos: pos, Lhs: []Expr{&Ident{Name: name}, &Ident{Name: okName}}, Op: ":=", Rhs: []Expr{raw}}
		f.emitTry(get, not(&Ident{Name: okName}), ret(okName))
	}
	if name == "_" {
		return "", true
	}
	return name, true
}

// emitTry emits the test of a `?` on the results of a Go call that get
// declares. When the value is dropped (declared as _), the declaration is
// the test's init, so that only the error or flag is declared, and only
// for the test: if _, err := f(); err != nil { ... }.
func (f *funcLower) emitTry(get *AssignStmt, cond Expr, then *Block) {
	if id, ok := get.Lhs[0].(*Ident); ok && id.Name == "_" {
		f.emit(&IfStmt{Pos: get.Pos, Init: get, Cond: cond, Then: then})
		return
	}
	f.emit(get)
	f.emit(&IfStmt{Cond: cond, Then: then})
}

// goRescue lowers x !> fallback for a call x of a Go function that
// returns (T, error) or (T, bool), with Go's own check:
//
//	v, err := strconv.Atoi(s)
//	if err != nil {
//		v = fallback(err)
//	}
//
// ok is false when x is no such call.
func (f *funcLower) goRescue(e *syntax.BinaryExpr, val func() string) (Expr, bool) {
	call, isCall := syntax.Unparen(e.X).(*syntax.CallExpr)
	if !isCall {
		return nil, false
	}
	shape := f.callShape(call)
	if shape != types.GoValueError && shape != types.GoValueOK {
		return nil, false
	}
	raw, _, _ := f.rawCall(call)
	v := &Ident{Name: val()}
	flag := &Ident{Name: f.flag("ok")}
	var cond Expr = not(flag)
	if shape == types.GoValueError {
		flag = &Ident{Name: f.flag("err")}
		cond = &BinaryExpr{Op: "!=", X: flag, Y: goNil()}
	}
	f.emit(&AssignStmt{Pos: f.l.pos(e), Lhs: []Expr{v, flag}, Op: ":=", Rhs: []Expr{raw}})
	then, close := f.open()
	if cl, param := f.inlineHandler(e.Y); shape == types.GoValueError && cl != nil {
		// x !> |e| fallback: the closure's body, with e bound to the error.
		if param != nil {
			f.emit(&AssignStmt{Lhs: []Expr{&Ident{Name: f.declare(param)}}, Op: ":=", Rhs: []Expr{flag}})
		}
		f.valueInto(cl.Body, sink{kind: sinkAssign, target: v})
	} else if shape == types.GoValueError {
		f.emit(&AssignStmt{Lhs: []Expr{v}, Op: "=", Rhs: []Expr{&CallExpr{Fun: f.expr(e.Y), Args: []Expr{flag}}}})
	} else {
		f.valueInto(e.Y, sink{kind: sinkAssign, target: v})
	}
	close()
	f.emit(&IfStmt{Cond: cond, Then: unwrapBlock(then)})
	return v, true
}

// goConversion lowers T(x) and `x as T` for a Go type T.
func (f *funcLower) goConversion(x syntax.Expr, lowered Expr, to types.Type) Expr {
	goT := f.l.goTypeOf(to)
	if goT != nil {
		lowered = f.toGo(x, lowered, goT)
	}
	if goT == nil || !isInterface(goT) {
		lowered = f.deref(x, lowered) // a pointer converts to an interface as it is
	}
	return &ConvExpr{Type: f.l.typ(to), X: lowered}
}

// goTypeOf returns the go/types type of a Go named type, interface or any.
func (l *lowerer) goTypeOf(t types.Type) gotypes.Type {
	switch t := t.(type) {
	case *types.GoNamed:
		return t.Obj.Type()
	case *types.GoAny:
		return gotypes.Universe.Lookup("any").Type()
	case *types.GoError:
		return gotypes.Universe.Lookup("error").Type()
	}
	return nil
}

// hasGoString reports whether the method set of t has String() string.
func hasGoString(t gotypes.Type) bool {
	sel := gotypes.NewMethodSet(t).Lookup(nil, "String")
	if sel == nil {
		return false
	}
	sig, ok := sel.Type().(*gotypes.Signature)
	return ok && sig.Params().Len() == 0 && sig.Results().Len() == 1 && isGoString(sig.Results().At(0).Type())
}

// goDisplay formats x, the lowered e, if it is a Go value (goShow).
func (f *funcLower) goDisplay(e syntax.Expr, x Expr) (Expr, bool) {
	return f.l.goShow(f.l.info.Types[e], x, false)
}

// goShow formats x, a value of type t, if t is a Go type or a pointer to
// one: with its String method if it has one, a GoError with its message
// (quoted when nested, inside a container), and anything else as Go's %v
// formats it. A pointer is formatted as Go formats it, not read through,
// since a Go value may be one that must not be copied.
func (l *lowerer) goShow(t types.Type, x Expr, nested bool) (Expr, bool) {
	elem := t
	if r, ok := t.(*types.Ref); ok {
		elem = r.Elem
	}
	if !types.IsGoType(elem) {
		return nil, false
	}
	switch elem.(type) {
	case *types.GoError, *types.GoAny:
		fn := "Display"
		if nested {
			fn = "Nested"
		}
		return &CallExpr{Fun: rt(fn), Args: []Expr{x}}, true
	}
	if goT := l.goValueType(t); goT != nil {
		if hasGoString(goT) {
			return method(x, "String"), true
		}
		if _, isPtr := goT.(*gotypes.Pointer); !isPtr && addressable(x) && hasGoString(gotypes.NewPointer(goT)) {
			return method(x, "String"), true // a variable's pointer method, as x.String() calls it
		}
	}
	return &CallExpr{Fun: &Ident{Path: "fmt", Name: "Sprint"}, Args: []Expr{x}}, true
}

func isGoString(t gotypes.Type) bool {
	b, ok := t.(*gotypes.Basic)
	return ok && b.Kind() == gotypes.String
}

// goValueType returns the Go type of a Go named type or of a pointer to
// one, to look up its methods.
func (l *lowerer) goValueType(t types.Type) gotypes.Type {
	if r, ok := t.(*types.Ref); ok {
		if e := l.goValueType(r.Elem); e != nil {
			return gotypes.NewPointer(e)
		}
		return nil
	}
	if n, ok := t.(*types.GoNamed); ok && len(n.Args) == 0 {
		return n.Obj.Type()
	}
	return nil
}
