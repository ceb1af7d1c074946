package types

import "github.com/vexlang/vex2go/frontend/syntax"

// methodSig describes a method of a prelude type; params and result are
// built per call because they may contain fresh inference variables.
type methodSig func(c *checker, recv Type, call *syntax.CallExpr) (params []Type, result Type)

func fixed(result Type, params ...Type) methodSig {
	return func(*checker, Type, *syntax.CallExpr) ([]Type, Type) { return params, result }
}

var (
	boolT   = Typ[Bool]
	i64T    = Typ[I64]
	stringT = Typ[String]
)

// lookupMethod returns the method name of the prelude type t.
func lookupMethod(t Type, name string) (methodSig, bool) {
	if name == "toString" {
		return fixed(stringT), true
	}
	switch t := Resolve(t).(type) {
	case *Channel:
		m := map[string]methodSig{
			"send":       fixed(boolT, t.Elem),
			"trySend":    fixed(boolT, t.Elem),
			"recv":       fixed(&Option{Elem: t.Elem}),
			"tryRecv":    fixed(&Option{Elem: t.Elem}),
			"close":      fixed(UnitType),
			"isClosed":   fixed(boolT),
			"len":        fixed(i64T),
			"cap":        fixed(i64T),
			"sendResult": fixed(&Result{Ok: UnitType, Err: stringT}, t.Elem),
			"recvResult": fixed(&Result{Ok: t.Elem, Err: stringT}),
		}[name]
		return m, m != nil
	case *Option:
		var m methodSig
		switch name {
		case "isSome", "isNone":
			m = fixed(boolT)
		case "or":
			m = fixed(t.Elem, t.Elem)
		case "orElse":
			m = fixed(t.Elem, &Func{Result: t.Elem})
		case "filter":
			m = fixed(t, &Func{Params: []Type{t.Elem}, Result: boolT})
		case "map":
			m = func(c *checker, _ Type, call *syntax.CallExpr) ([]Type, Type) {
				u := c.fresh(call, "the result of map")
				return []Type{&Func{Params: []Type{t.Elem}, Result: u}}, &Option{Elem: u}
			}
		case "flatMap":
			m = func(c *checker, _ Type, call *syntax.CallExpr) ([]Type, Type) {
				u := c.fresh(call, "the result of flatMap")
				return []Type{&Func{Params: []Type{t.Elem}, Result: &Option{Elem: u}}}, &Option{Elem: u}
			}
		}
		return m, m != nil
	case *Duration:
		var m methodSig
		switch name {
		case "millis", "seconds":
			m = fixed(i64T)
		}
		return m, m != nil
	case *StdType:
		return stdLookup(t, name) // stdlib.go
	case *Result:
		var m methodSig
		switch name {
		case "isOk", "isErr":
			m = fixed(boolT)
		case "or":
			m = fixed(t.Ok, t.Ok)
		case "orElse": // spec 12: orElse takes fn(): T, for Result as for Option
			m = fixed(t.Ok, &Func{Result: t.Ok})
		case "ok":
			m = fixed(&Option{Elem: t.Ok})
		case "map":
			m = func(c *checker, _ Type, call *syntax.CallExpr) ([]Type, Type) {
				u := c.fresh(call, "the result of map")
				return []Type{&Func{Params: []Type{t.Ok}, Result: u}}, &Result{Ok: u, Err: t.Err}
			}
		case "mapErr":
			m = func(c *checker, _ Type, call *syntax.CallExpr) ([]Type, Type) {
				u := c.fresh(call, "the result of mapErr")
				return []Type{&Func{Params: []Type{t.Err}, Result: u}}, &Result{Ok: t.Ok, Err: u}
			}
		case "flatMap":
			m = func(c *checker, _ Type, call *syntax.CallExpr) ([]Type, Type) {
				u := c.fresh(call, "the result of flatMap")
				return []Type{&Func{Params: []Type{t.Ok}, Result: &Result{Ok: u, Err: t.Err}}}, &Result{Ok: u, Err: t.Err}
			}
		}
		return m, m != nil
	case *Basic:
		return basicMethod(t, name)
	case *Vec, *Array, *Slice, *Map, *Set:
		return collectionMethodSig(t, name)
	case *Var:
		if t.Kind != AnyKind {
			return numberMethod(t, name, t.Kind == FloatLit)
		}
	}
	return nil, false
}

func basicMethod(t *Basic, name string) (methodSig, bool) {
	if t.IsNumeric() {
		return numberMethod(t, name, t.IsFloat())
	}
	if t != Typ[String] {
		return nil, false
	}
	m := map[string]methodSig{
		"len":        fixed(i64T),
		"contains":   fixed(boolT, stringT),
		"startsWith": fixed(boolT, stringT),
		"endsWith":   fixed(boolT, stringT),
		"indexOf":    fixed(&Option{Elem: i64T}, stringT),
		"trim":       fixed(stringT),
		"toUpper":    fixed(stringT),
		"toLower":    fixed(stringT),
		"replace":    fixed(stringT, stringT, stringT),
		"repeat":     fixed(stringT, i64T),
		"substring":  fixed(stringT, i64T, i64T),
		"parseInt":   fixed(&Result{Ok: i64T, Err: stringT}),
		"parseFloat": fixed(&Result{Ok: Typ[F64], Err: stringT}),
		"isEmpty":    fixed(boolT),
		"chars":      fixed(&Vec{Elem: Typ[Char]}),
		"split":      fixed(&Vec{Elem: stringT}, stringT),
	}[name]
	return m, m != nil
}

func numberMethod(t Type, name string, float bool) (methodSig, bool) {
	switch name {
	case "millis", "seconds", "second", "minutes":
		if !float {
			return fixed(DurationType), true
		}
	case "abs":
		return fixed(t), true
	case "min", "max":
		return fixed(t, t), true
	case "pow":
		if float {
			return fixed(t, t), true
		}
		return fixed(t, Typ[U32]), true
	case "sqrt", "floor", "ceil", "round":
		if float || isLitVar(t) {
			return func(c *checker, recv Type, _ *syntax.CallExpr) ([]Type, Type) {
				if v, ok := Resolve(recv).(*Var); ok {
					v.Kind = FloatLit
				}
				return nil, recv
			}, true
		}
	}
	return nil, false
}

func isLitVar(t Type) bool {
	v, ok := Resolve(t).(*Var)
	return ok && v.Kind != AnyKind
}

// methodCall checks recv.name(args) for a prelude receiver type.
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
	return c.methodOn(s, e, f, recvType, recv)
}

// methodOn checks recv.name(args) once the receiver, of type recvType, is
// checked; recv is recvType without references.
func (c *checker) methodOn(s *Scope, e *syntax.CallExpr, f *syntax.SelectorExpr, recvType, recv Type) Type {
	if m, sig, ok := c.userMethod(recv, f.Sel.Name); ok {
		return c.userMethodCall(s, e, f, recvType, m, sig)
	}
	if t, ok := c.collectionCall(s, e, f, recv); ok {
		return t
	}
	m, ok := lookupMethod(recv, f.Sel.Name)
	if !ok {
		c.errorf(f.Sel, "%s has no method %s", recv, f.Sel.Name)
		c.args(s, e, nil, "")
		return InvalidType
	}
	params, result := m(c, recv, e)
	c.addCall(e, &Call{Kind: CallMethod, Name: f.Sel.Name, Recv: recv, Type: &Func{Params: params, Result: result}})
	if f.Sel.Name == "send" || f.Sel.Name == "trySend" || f.Sel.Name == "sendResult" {
		if ch, ok := Resolve(recv).(*Channel); ok && len(e.Args) == 1 {
			c.send(s, ch, e.Args[0])
			return result
		}
	}
	c.args(s, e, params, f.Sel.Name)
	return result
}
