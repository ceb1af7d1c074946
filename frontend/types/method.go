package types

import "github.com/vexlang/vex2go/frontend/syntax"

// This file checks the calls of the methods of prelude types, which the
// table (table.go) describes, and builds the signatures of the generic
// ones.

var (
	boolT   = Typ[Bool]
	i64T    = Typ[I64]
	f64T    = Typ[F64]
	stringT = Typ[String]
)

// methodCall checks recv.name(args) for a receiver that is not a package.
func (c *checker) methodCall(s *Scope, e *syntax.CallExpr, f *syntax.SelectorExpr, hint Type) Type {
	recvType := c.expr(s, f.X, nil)
	recv := Under(recvType)
	if recv == InvalidType {
		c.args(s, e, nil, "")
		return InvalidType
	}
	if st, ok := recv.(*StdType); ok {
		return c.stdMethodCall(s, e, f, st) // stdlib.go
	}
	if t, ok := c.goMethodCall(s, e, f, recvType, hint); ok {
		return t // a method of a Go value: goexpr.go
	}
	return c.methodOn(s, e, f, recvType, recv)
}

// methodOn checks recv.name(args) once the receiver, of type recvType, is
// checked; recv is recvType without references.
func (c *checker) methodOn(s *Scope, e *syntax.CallExpr, f *syntax.SelectorExpr, recvType, recv Type) Type {
	if m, sig, ok := c.userMethod(recv, f.Sel.Name); ok {
		return c.userMethodCall(s, e, f, recvType, m, sig)
	}
	if m := c.extension(recv, f.Sel.Name, f.Sel); m != nil {
		return c.userMethodCall(s, e, f, recvType, m, m.Sig)
	}
	b := lookupMethod(recv, f.Sel.Name)
	if isCollection(recv) && (b == nil || b.ID != ToString) {
		return c.collectionCall(s, e, f, recv, b)
	}
	var sig *Func
	if b != nil {
		sig = builtins[b.ID].sig(c, recv, e)
	}
	if sig == nil && notYetKnown(recv) {
		c.errorf(f.X, "the type of %s is not known where its method %s is called: annotate it (a closure parameter as |x: T|)", exprString(f.X), f.Sel.Name)
		c.args(s, e, nil, "")
		return InvalidType
	}
	if sig == nil {
		hint := methodHint(recv, f.Sel.Name, func(name string) bool {
			_, _, ok := c.userMethod(recv, name)
			return ok || lookupMethod(recv, name) != nil
		})
		if ch, isChan := Resolve(recv).(*GoChan); isChan && ch.Dir != ChanRecv && f.Sel.Name == "send" {
			hint = " (send on a Go channel with c <- v)"
		}
		c.errorf(f.Sel, "%s has no method %s%s", recv, f.Sel.Name, hint)
		c.args(s, e, nil, "")
		return InvalidType
	}
	c.addCall(e, &Call{Kind: CallMethod, Callee: b, Recv: recv, Type: sig})
	switch b.ID {
	case ChannelSend, ChannelTrySend, ChannelSendResult:
		if ch, ok := Resolve(recv).(*Channel); ok && len(e.Args) == 1 {
			c.send(s, ch, e.Args[0])
			return sig.Result
		}
	}
	c.args(s, e, sig.Params, f.Sel.Name)
	return sig.Result
}

// selfSig is the signature of a number method that takes n more numbers of
// the receiver's type and returns one: abs, min, max.
func selfSig(n int) sigFunc {
	return func(_ *checker, recv Type, _ *syntax.CallExpr) *Func {
		params := make([]Type, n)
		for i := range params {
			params[i] = recv
		}
		return sig(recv, params...)
	}
}

// powSig is the signature of x.pow(n): a float exponent for a float, a
// u32 one for an integer.
func powSig(_ *checker, recv Type, _ *syntax.CallExpr) *Func {
	if IsFloat(recv) {
		return sig(recv, recv)
	}
	return sig(recv, Typ[U32])
}

// floatSig is the signature of sqrt, floor, ceil and round, which make a
// literal's type a float.
func floatSig(_ *checker, recv Type, _ *syntax.CallExpr) *Func {
	if v, ok := Resolve(recv).(*Var); ok {
		v.Kind = FloatLit
	}
	return sig(recv)
}

// optionSig adapts the signature of a method of Option<T>.
func optionSig(f func(c *checker, t *Option, call *syntax.CallExpr) ([]Type, Type)) sigFunc {
	return func(c *checker, recv Type, call *syntax.CallExpr) *Func {
		params, result := f(c, Resolve(recv).(*Option), call)
		return sig(result, params...)
	}
}

func optionMapSig(c *checker, t *Option, call *syntax.CallExpr) ([]Type, Type) {
	u := c.fresh(call, "the result of map")
	return []Type{&Func{Params: []Type{t.Elem}, Result: u}}, &Option{Elem: u}
}

func optionFlatMapSig(c *checker, t *Option, call *syntax.CallExpr) ([]Type, Type) {
	u := c.fresh(call, "the result of flatMap")
	return []Type{&Func{Params: []Type{t.Elem}, Result: &Option{Elem: u}}}, &Option{Elem: u}
}

// resultSig adapts the signature of a method of Result<T, E>.
func resultSig(f func(c *checker, t *Result, call *syntax.CallExpr) ([]Type, Type)) sigFunc {
	return func(c *checker, recv Type, call *syntax.CallExpr) *Func {
		params, result := f(c, Resolve(recv).(*Result), call)
		return sig(result, params...)
	}
}

func resultMapSig(c *checker, t *Result, call *syntax.CallExpr) ([]Type, Type) {
	u := c.fresh(call, "the result of map")
	return []Type{&Func{Params: []Type{t.Ok}, Result: u}}, &Result{Ok: u, Err: t.Err}
}

func resultMapErrSig(c *checker, t *Result, call *syntax.CallExpr) ([]Type, Type) {
	u := c.fresh(call, "the result of mapErr")
	return []Type{&Func{Params: []Type{t.Err}, Result: u}}, &Result{Ok: t.Ok, Err: u}
}

func resultFlatMapSig(c *checker, t *Result, call *syntax.CallExpr) ([]Type, Type) {
	u := c.fresh(call, "the result of flatMap")
	return []Type{&Func{Params: []Type{t.Ok}, Result: &Result{Ok: u, Err: t.Err}}}, &Result{Ok: u, Err: t.Err}
}

// goMapSig adapts the signature of a method of GoMap<K, V>.
func goMapSig(f func(t *GoMap) ([]Type, Type)) sigFunc {
	return func(_ *checker, recv Type, _ *syntax.CallExpr) *Func {
		params, result := f(Resolve(recv).(*GoMap))
		return sig(result, params...)
	}
}

// goChanSig is the signature of recv(), or with close set of close(), of
// a GoChan. Where the channel's direction forbids the call, it says why,
// and the call has no type.
func goChanSig(close bool) sigFunc {
	return func(c *checker, recv Type, call *syntax.CallExpr) *Func {
		t := Resolve(recv).(*GoChan)
		var at syntax.Node = call
		if sel, ok := call.Fun.(*syntax.SelectorExpr); ok {
			at = sel.Sel
		}
		switch {
		case close && t.Dir == ChanRecv:
			c.errorf(at, "cannot close %s: Go gave out only its receive side, and the sender closes a channel", t)
			return sig(InvalidType)
		case !close && t.Dir == ChanSend:
			c.errorf(at, "cannot receive from %s: Go gave out only its send side", t)
			return sig(InvalidType)
		case close:
			return sig(UnitType)
		}
		return sig(&Option{Elem: t.Elem})
	}
}

// channelSig adapts the signature of a method of Channel<T>.
func channelSig(f func(t *Channel) ([]Type, Type)) sigFunc {
	return func(_ *checker, recv Type, _ *syntax.CallExpr) *Func {
		params, result := f(Resolve(recv).(*Channel))
		return sig(result, params...)
	}
}

// extension returns the extension method name of t, a built-in type or a
// literal's, or nil. A literal takes the type of the one extension method
// of that name its kind admits, or else that of its default type: 4.isEven()
// is an i64 when both i32 and i64 have isEven.
func (c *checker) extension(t Type, name string, at syntax.Node) *FuncObj {
	switch t := Resolve(t).(type) {
	case *Basic:
		return c.extensions[extKey{t, name}]
	case *Var:
		if t.Kind == AnyKind || t.Kind == ArrayLit {
			return nil
		}
		var found []*FuncObj
		for k, m := range c.extensions {
			if k.name == name && varAccepts(t, k.t) {
				found = append(found, m)
			}
		}
		var pick *FuncObj
		switch {
		case len(found) == 1:
			pick = found[0]
		case len(found) > 1:
			def := Final(t)
			for _, m := range found {
				if m.Extends == def {
					pick = m
				}
			}
			if pick == nil {
				c.errorf(at, "%s is ambiguous: several integer or float types have it; give the literal a type suffix", name)
				return nil
			}
		default:
			return nil
		}
		unify(t, pick.Extends)
		return pick
	}
	return nil
}

// notYetKnown reports whether t is an inference variable that nothing has
// decided yet where a method or field of it is used: a closure parameter
// takes its type from the function type expected, not from its uses in
// the body.
func notYetKnown(t Type) bool {
	v, ok := Resolve(t).(*Var)
	return ok && v.Kind == AnyKind
}
