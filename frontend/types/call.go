package types

import (
	"strconv"

	"github.com/vexlang/vex2go/frontend/syntax"
)

func (c *checker) call(s *Scope, e *syntax.CallExpr, hint Type) Type {
	fun := e.Fun
	var typeArgs []syntax.Type
	if inst, ok := fun.(*syntax.InstExpr); ok {
		fun, typeArgs = inst.X, inst.TypeArgs
	}
	switch f := fun.(type) {
	case *syntax.Ident:
		switch obj := s.Lookup(f.Name).(type) {
		case nil:
			if v := c.bareVariant(f.Name, f); v != nil {
				c.info.Variants[f] = v
				return c.variantCall(s, e, v, typeArgs, hint)
			}
		case *Builtin:
			c.info.Uses[f] = obj
			name := f.Name
			if obj.ID.Module() != "" {
				name = obj.Name() // a function of a standard module, which an import may rename
			}
			c.noTypeArgs(e, typeArgs, name)
			return c.builtinCall(s, e, obj, name, hint)
		case *GoObj:
			c.info.Uses[f] = obj
			return c.goFuncCall(s, e, obj, typeArgs, hint) // gocall.go
		case *TypeName:
			c.info.Uses[f] = obj
			if obj.failedImport() {
				c.args(s, e, nil, "")
				return InvalidType
			}
			if obj.Go != nil {
				c.noTypeArgs(e, typeArgs, f.Name)
				return c.goConversion(s, e, obj) // goexpr.go
			}
			if _, n, _ := c.userType(s, fun); n != nil {
				return c.tupleStruct(s, e, n, typeArgs, hint)
			}
			return c.construct(s, e, f.Name, typeArgs, hint)
		case *FuncObj:
			c.info.Uses[f] = obj
			sig := obj.Sig
			if len(typeArgs) > 0 {
				sig = c.explicitTypeArgs(s, obj, typeArgs, e)
			} else {
				sig = c.instantiateFunc(obj, sig, e)
			}
			c.addCall(e, &Call{Kind: CallFunc, Callee: obj, Type: sig})
			c.argsMin(s, e, sig.Params, obj.Required(), f.Name)
			return sig.Result
		}
	case *syntax.SelectorExpr:
		if obj, ok := c.qualified(s, f); ok {
			return c.qualifiedCall(s, e, f, obj, typeArgs, hint) // qualified.go
		}
		if t, ok := c.stdStatic(s, e, f, typeArgs, hint); ok {
			return t // Mutex.new(v), Instant.now(): stdlib.go
		}
		if tn, n, targs := c.userType(s, f.X); n != nil {
			return c.assocCall(s, e, f, tn, n, targs, typeArgs, hint)
		}
		if id, ok := f.X.(*syntax.Ident); ok {
			if tn, ok := s.Lookup(id.Name).(*TypeName); ok {
				c.info.Uses[id] = tn
				if tn.failedImport() {
					c.args(s, e, nil, "")
					return InvalidType
				}
				if b := lookupStatic(vecClass, f.Sel.Name); b != nil && b.ID != VecNew && tn == universe.Lookup("Vec") {
					return c.vecStatic(s, e, b, typeArgs, hint) // Vec.withCapacity, Vec.from
				}
				if f.Sel.Name != "new" {
					c.errorf(f.Sel, "%s has no associated function %s", id.Name, f.Sel.Name)
					c.args(s, e, nil, "")
					return InvalidType
				}
				return c.construct(s, e, id.Name, typeArgs, hint)
			}
		}
		if f.Sel.Name == "downcast" && len(typeArgs) > 0 {
			c.downcasts[e] = c.typeIn(s, typeArgs[0]) // x.downcast<T>() of a Go any or error: table.go
			if len(typeArgs) > 1 {
				c.errorf(e.Fun, "downcast takes one type argument, found %d", len(typeArgs))
			}
		} else {
			c.noTypeArgs(e, typeArgs, f.Sel.Name)
		}
		return c.methodCall(s, e, f, hint)
	}
	// A call of a function value.
	c.noTypeArgs(e, typeArgs, "a function value")
	ft := Under(c.expr(s, fun, nil))
	sig, ok := ft.(*Func)
	if u, isFunc := c.goUnder(ft).(*Func); isFunc {
		sig, ok = u, true // a value of a named func type of Go, such as http.HandlerFunc
	}
	if !ok {
		if ft != InvalidType {
			c.errorf(fun, "cannot call %s: it is not a function", ft)
		}
		c.args(s, e, nil, "")
		return InvalidType
	}
	c.addCall(e, &Call{Kind: CallValue, Type: sig})
	c.args(s, e, sig.Params, "the function")
	return sig.Result
}

func (c *checker) noTypeArgs(e *syntax.CallExpr, typeArgs []syntax.Type, name string) {
	if len(typeArgs) > 0 {
		c.errorf(e.Fun, "%s takes no type arguments", name)
	}
}

// args checks call arguments against the parameter types of the function
// name; with no name (a call already reported) the arguments are only
// checked for themselves.
func (c *checker) args(s *Scope, e *syntax.CallExpr, params []Type, name string) {
	c.argsMin(s, e, params, len(params), name)
}

// argsMin is args for a function whose trailing parameters have defaults:
// at least required arguments must be passed.
func (c *checker) argsMin(s *Scope, e *syntax.CallExpr, params []Type, required int, name string) {
	loose := name == ""
	if !loose && (len(e.Args) < required || len(e.Args) > len(params)) {
		want := strconv.Itoa(len(params))
		if required < len(params) {
			want = strconv.Itoa(required) + " to " + want
		}
		c.errorf(e, "%s takes %s argument%s, found %d", name, want, plural(len(params)), len(e.Args))
		loose = true
	}
	for i, a := range e.Args {
		if loose {
			c.expr(s, a, nil)
			continue
		}
		if p, isInt := params[i].(*intParam); isInt {
			c.intArg(s, a, p.what)
			continue
		}
		t := c.expr(s, a, params[i])
		if !c.notFunc(a, t, params[i], name) {
			c.assignable(t, params[i], a)
		}
	}
}

// notFunc reports an argument a of type got that is not a function where
// the function name takes one, want: "map takes a function fn(i64): U, not
// {integer}". A result type that is still to infer is shown as U, and
// marked invalid so that no "cannot infer" error follows. Its result
// tells whether it reported.
func (c *checker) notFunc(a syntax.Expr, got, want Type, name string) bool {
	f, isFunc := Resolve(want).(*Func)
	if !isFunc || got == InvalidType {
		return false
	}
	switch g := Resolve(got).(type) {
	case *Func:
		return false
	case *Var:
		if g.Kind == AnyKind {
			return false
		}
	}
	var free []*Var
	shown := &Func{Params: f.Params, Result: showFree(f.Result, &free)}
	c.errorf(a, "%s takes a function %s, not %s", name, shown, got)
	for _, v := range free {
		bind(v, InvalidType)
	}
	return true
}

// showFree returns t with the inference variable that stands for the
// result of a prelude method's function (U in map's fn(T): U, Option<U>
// in flatMap's) replaced by a type parameter U, and adds it to free.
func showFree(t Type, free *[]*Var) Type {
	switch t := Resolve(t).(type) {
	case *Var:
		if t.Kind == AnyKind {
			*free = append(*free, t)
			return &TypeParam{Name: "U"}
		}
	case *Option:
		return &Option{Elem: showFree(t.Elem, free)}
	case *Result:
		return &Result{Ok: showFree(t.Ok, free), Err: showFree(t.Err, free)}
	}
	return t
}

// ctors are the constructors of the prelude types, by type name.
var ctors = map[string]BuiltinID{"Vec": VecNew, "Map": MapNew, "Set": SetNew, "Channel": ChannelNew,
	"GoMap": GoMapNew, "GoChan": GoChanNew, "GoError": GoErrorNew}

// construct checks Channel.new<T>(cap), Channel<T>(cap) and Channel(cap),
// and the constructors of the collections.
func (c *checker) construct(s *Scope, e *syntax.CallExpr, name string, typeArgs []syntax.Type, hint Type) Type {
	switch id := ctors[name]; id {
	case VecNew, MapNew, SetNew:
		return c.newCollection(s, e, id, name, typeArgs, hint)
	case GoMapNew, GoChanNew, GoErrorNew:
		return c.goConstruct(s, e, id, name, typeArgs, hint) // goexpr.go
	}
	var elem Type
	switch len(typeArgs) {
	case 0:
		if ht, ok := Resolve(hint).(*Channel); ok && ctors[name] == ChannelNew {
			elem = ht.Elem
		} else {
			elem = c.fresh(e, "the channel's element type")
		}
	case 1:
		elem = c.typeIn(s, typeArgs[0])
	default:
		c.errorf(e.Fun, "%s takes one type argument", name)
		elem = InvalidType
	}
	if ctors[name] != ChannelNew {
		c.errorf(e.Fun, "%s values are not supported yet", name)
		c.args(s, e, nil, "")
		return InvalidType
	}
	t := &Channel{Elem: elem}
	var params []Type
	switch len(e.Args) {
	case 0:
	case 1:
		ct := c.expr(s, e.Args[0], nil)
		params = []Type{ct}
		if !IsInteger(ct) && ct != InvalidType {
			c.errorf(e.Args[0], "channel capacity must be an integer, not %s", ct)
		}
	default:
		c.errorf(e, "Channel.new takes at most one argument (the capacity)")
	}
	c.addCall(e, &Call{Kind: CallFunc, Callee: builtinObjs[ChannelNew], Type: sig(t, params...)})
	return t
}

// builtinCall checks a call of a prelude function, spelled name.
func (c *checker) builtinCall(s *Scope, e *syntax.CallExpr, b *Builtin, name string, hint Type) Type {
	if !b.ID.IsFunc() {
		c.errorf(e, "%s takes no arguments", name)
		c.args(s, e, nil, "")
		return InvalidType
	}
	sig := builtins[b.ID].check(c, s, e, name, nil, hint)
	c.addCall(e, &Call{Kind: CallFunc, Callee: b, Type: sig})
	return sig.Result
}

// argc reports whether a call of the prelude function name passes between
// min and max arguments; if not, it reports the call and checks the
// arguments for themselves.
func (c *checker) argc(s *Scope, e *syntax.CallExpr, name string, min, max int) bool {
	if len(e.Args) < min || len(e.Args) > max {
		want := "between " + strconv.Itoa(min) + " and " + strconv.Itoa(max) + " arguments"
		if min == max {
			want = strconv.Itoa(min) + " argument" + plural(min)
		}
		c.errorf(e, "%s takes %s, found %d", name, want, len(e.Args))
		c.args(s, e, nil, "")
		return false
	}
	return true
}

// checkPrint checks println, print and eprintln: any number of values that
// Display can print.
func checkPrint(c *checker, s *Scope, e *syntax.CallExpr, _ string, _ *StdType, _ Type) *Func {
	ts := make([]Type, len(e.Args))
	for i, a := range e.Args {
		ts[i] = c.expr(s, a, nil)
		c.printable(ts[i], a)
	}
	return sig(UnitType, ts...)
}

// checkAssert checks assert(cond) and assert(cond, msg).
func checkAssert(c *checker, s *Scope, e *syntax.CallExpr, name string, _ *StdType, _ Type) *Func {
	if c.argc(s, e, name, 1, 2) {
		c.assignable(Under(c.expr(s, e.Args[0], boolT)), boolT, e.Args[0])
		if len(e.Args) == 2 {
			c.assignable(c.expr(s, e.Args[1], stringT), stringT, e.Args[1])
			return sig(UnitType, boolT, stringT)
		}
	}
	return sig(UnitType, boolT)
}

// checkAssertEq checks assertEq(a, b): two values of one type that ==
// compares.
func checkAssertEq(c *checker, s *Scope, e *syntax.CallExpr, name string, _ *StdType, _ Type) *Func {
	if !c.argc(s, e, name, 2, 2) {
		return sig(UnitType, InvalidType, InvalidType)
	}
	x := Under(c.expr(s, e.Args[0], nil))
	y := Under(c.expr(s, e.Args[1], x))
	if x == InvalidType || y == InvalidType {
		return sig(UnitType, InvalidType, InvalidType)
	}
	if !unify(x, y) {
		c.errorf(e, "mismatched types %s and %s in %s%s", x, y, name, operandHint(x, y))
		return sig(UnitType, x, y)
	}
	if !comparable(x) && !equatable(x) {
		c.errorf(e.Args[0], "%s needs values that == compares, and %s values cannot be compared", name, x)
	}
	return sig(UnitType, x, x)
}

// checkFail is the check of panic, todo and unreachable, which take
// between min and max messages and never return.
func checkFail(min, max int) checkFunc {
	return func(c *checker, s *Scope, e *syntax.CallExpr, name string, _ *StdType, _ Type) *Func {
		if c.argc(s, e, name, min, max) && len(e.Args) == 1 {
			c.assignable(c.expr(s, e.Args[0], stringT), stringT, e.Args[0])
			return sig(NeverType, stringT)
		}
		return sig(NeverType)
	}
}

// checkSleepAsync checks sleep(ms) and async_delay(ms), which also take a
// Duration.
func checkSleepAsync(c *checker, s *Scope, e *syntax.CallExpr, name string, _ *StdType, _ Type) *Func {
	if c.argc(s, e, name, 1, 1) {
		return sig(&Future{Elem: UnitType}, c.millisArg(s, e.Args[0], name))
	}
	return sig(&Future{Elem: UnitType}, millisParam)
}

// millisArg checks the time argument a of the function name: an integer
// number of milliseconds or a Duration. Its result is the parameter type:
// millisParam or DurationType.
func (c *checker) millisArg(s *Scope, a syntax.Expr, name string) Type {
	return c.millisType(c.expr(s, a, nil), a, name)
}

// millisType is millisArg for an argument a of type t.
func (c *checker) millisType(t Type, a syntax.Expr, name string) Type {
	switch {
	case Resolve(t) == DurationType:
		return DurationType
	case !IsInteger(t) && t != InvalidType:
		c.errorf(a, "%s takes milliseconds (an integer such as 1000) or a Duration (such as 1.seconds()), not %s", name, t)
	}
	return millisParam
}

// checkTimeout checks timeout(fut, ms) and timeout(fut, d).
func checkTimeout(c *checker, s *Scope, e *syntax.CallExpr, name string, _ *StdType, hint Type) *Func {
	if !c.argc(s, e, name, 2, 2) {
		return sig(InvalidType)
	}
	var h Type
	if o, ok := Resolve(hint).(*Future); ok {
		if oo, ok := Resolve(o.Elem).(*Option); ok {
			h = &Future{Elem: oo.Elem}
		}
	}
	ft := Under(c.expr(s, e.Args[0], h))
	ms := c.millisArg(s, e.Args[1], name)
	if f, ok := ft.(*Future); ok {
		return sig(&Future{Elem: &Option{Elem: f.Elem}}, f, ms)
	}
	c.mismatchArg(e.Args[0], "a Future", ft)
	return sig(InvalidType)
}

// checkSpawn checks spawn(fut).
func checkSpawn(c *checker, s *Scope, e *syntax.CallExpr, name string, _ *StdType, hint Type) *Func {
	if !c.argc(s, e, name, 1, 1) {
		return sig(InvalidType)
	}
	ft := Under(c.expr(s, e.Args[0], hint))
	if f, ok := ft.(*Future); ok {
		return sig(f, f)
	}
	c.mismatchArg(e.Args[0], "a Future", ft)
	return sig(InvalidType)
}

// checkJoinAll checks join_all(futs).
func checkJoinAll(c *checker, s *Scope, e *syntax.CallExpr, name string, _ *StdType, _ Type) *Func {
	if !c.argc(s, e, name, 1, 1) {
		return sig(InvalidType)
	}
	vt := Under(c.expr(s, e.Args[0], &Vec{Elem: &Future{Elem: &Var{}}}))
	if v := arrayLitVar(vt); v != nil {
		bind(v, &Vec{Elem: v.Elem})
		vt = Resolve(vt)
	}
	if v, ok := vt.(*Vec); ok {
		if f, ok := Resolve(v.Elem).(*Future); ok {
			return sig(&Future{Elem: &Vec{Elem: f.Elem}}, v)
		}
	}
	c.mismatchArg(e.Args[0], "a Vec of Futures", vt)
	return sig(InvalidType)
}

// checkSome checks Some(v).
func checkSome(c *checker, s *Scope, e *syntax.CallExpr, name string, _ *StdType, hint Type) *Func {
	if !c.argc(s, e, name, 1, 1) {
		return sig(InvalidType)
	}
	var h Type
	if o, ok := Resolve(hint).(*Option); ok {
		h = o.Elem
	}
	t := c.asContract(c.expr(s, e.Args[0], h), h)
	if h != nil {
		unify(h, t)
	}
	return sig(&Option{Elem: t}, t)
}

// checkResult is the check of Ok(v) and, with err set, Err(e).
func checkResult(err bool) checkFunc {
	return func(c *checker, s *Scope, e *syntax.CallExpr, name string, _ *StdType, hint Type) *Func {
		return c.resultCtor(s, e, name, err, hint)
	}
}

func (c *checker) resultCtor(s *Scope, e *syntax.CallExpr, name string, err bool, hint Type) *Func {
	if !c.argc(s, e, name, 1, 1) {
		return sig(InvalidType)
	}
	r, ok := Resolve(hint).(*Result)
	if !ok {
		r = &Result{Ok: c.fresh(e, "the Result's value type"), Err: c.fresh(e, "the Result's error type")}
	}
	want := r.Ok
	if err {
		want = r.Err
	}
	c.assignable(c.expr(s, e.Args[0], want), want, e.Args[0])
	return sig(&Result{Ok: r.Ok, Err: r.Err}, want)
}

func (c *checker) intArg(s *Scope, a syntax.Expr, what string) {
	c.intType(c.expr(s, a, nil), a, what)
}

// intType reports an error at a unless t is an integer type.
func (c *checker) intType(t Type, a syntax.Expr, what string) {
	if !IsInteger(t) && t != InvalidType {
		c.errorf(a, "%s must be an integer, not %s", what, t)
	}
}

func (c *checker) mismatchArg(a syntax.Expr, want string, got Type) {
	if got != InvalidType {
		c.errorf(a, "expected %s, found %s", want, got)
	}
}
