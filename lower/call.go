package lower

import (
	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

func (f *funcLower) call(e *syntax.CallExpr) Expr {
	c := f.l.info.Calls[e]
	if c == nil {
		return f.l.internalError(e, "the checker recorded nothing for this call")
	}
	switch c.Kind {
	case types.CallFunc:
		switch callee := c.Callee.(type) {
		case *types.FuncObj:
			return &CallExpr{Fun: f.l.objRef(callee), TypeArgs: f.typeArgs(c), Args: f.callArgs(e.Args, callee)}
		case *types.Builtin:
			return f.builtin(e, c, callee.ID) // builtins.go
		case *types.GoObj:
			return f.goCall(e, c, callee) // gocall.go
		}
	case types.CallMethod:
		if g := c.GoFunc(); g != nil {
			return f.goCall(e, c, g) // gocall.go
		}
		if b, ok := c.Callee.(*types.Builtin); ok {
			return f.builtin(e, c, b.ID)
		}
		raw := f.vexMethodCall(e, c)
		if raw == nil {
			break
		}
		return wrapResults(raw, f.vexMethodShape(e, c), c.Type.(*types.Func).Result) // gomethod.go
	case types.CallVariant:
		n := c.Type.(*types.Named)
		return positional(f.l.variantType(c.Variant, n), f.exprList(e.Args))
	case types.CallTupleStruct:
		return positional(f.l.typ(c.Type), f.exprList(e.Args))
	case types.CallValue:
		fun := f.expr(e.Fun)
		call := &CallExpr{Fun: fun, Args: f.exprList(e.Args)}
		if sig := goFuncUnder(f.l.info.Types[e.Fun]); sig != nil {
			return f.goResults(call, sig, c.Type.(*types.Func).Result) // a value of a named func type: gocall.go
		}
		return call
	case types.CallConversion:
		return f.goConversion(e.Args[0], f.expr(e.Args[0]), c.Type.(*types.Func).Result) // gocall.go
	}
	return f.l.internalError(e, "a call the lowering does not know")
}

// vexMethodCall lowers a call of a method of a user type, a contract or a
// type parameter to the Go call, or returns nil if it is none.
func (f *funcLower) vexMethodCall(e *syntax.CallExpr, c *types.Call) Expr {
	sel, ok := e.Fun.(*syntax.SelectorExpr)
	if !ok {
		return nil
	}
	if fn := c.Func(); fn != nil && fn.Extends != nil {
		// An extension method is a function of its receiver.
		x := f.expr(sel.X)
		if fn.Recv == types.RecvMutRef {
			if !isRef(f.l.info.Types[sel.X]) {
				x = addr(f.place(x))
			}
		} else {
			x = f.deref(sel.X, x)
		}
		return &CallExpr{Fun: f.l.objRef(fn), Args: append([]Expr{x}, f.callArgs(e.Args, fn)...)}
	}
	recv := f.addressable(f.expr(sel.X), c)
	if r, ok := f.l.info.Types[sel.X].(*types.Ref); ok && goInterface(r.Elem) {
		recv = derefExpr(recv) // Go has no methods on a pointer to an interface
	}
	name := f.l.methodName(sel.Sel.Name) // a method of a contract or type parameter
	if fn := c.Func(); fn != nil {
		name = f.l.objName(fn)
	}
	return method(recv, name, f.callArgs(e.Args, c.Func())...)
}

// goInterface reports whether the Go type of t is an interface or a type
// parameter, whose methods a pointer to it does not have: a payload
// enum, a contract, a type parameter.
func goInterface(t types.Type) bool {
	switch t := types.Resolve(t).(type) {
	case *types.Named:
		return t.Kind == types.ContractKind || t.Kind == types.EnumKind && t.HasPayload()
	case *types.TypeParam:
		return true
	}
	return false
}

// int64Arg converts an integer argument to int64 unless it already is one
// (or x is a dereferenced &i64) or is an untyped constant.
func (f *funcLower) int64Arg(e syntax.Expr, x Expr) Expr {
	if _, ok := f.l.untyped(e); ok {
		return x
	}
	if types.Under(f.l.info.Types[e]) == types.Typ[types.I64] {
		return x
	}
	return &ConvExpr{Type: &NamedType{Name: "int64"}, X: x}
}

// callArgs lowers the arguments of a call, adding the default values of
// the parameters the call leaves out.
func (f *funcLower) callArgs(args []syntax.Expr, fn *types.FuncObj) []Expr {
	xs := f.exprList(args)
	if fn != nil {
		for _, def := range fn.Defaults[min(len(args), len(fn.Defaults)):] {
			if def != nil {
				xs = append(xs, f.expr(def))
			}
		}
	}
	return xs
}

// typeArgs returns the explicit type arguments of a generic call. Go could
// infer most, but not those that appear only in the result, and it gives
// untyped constants their default types; explicit arguments are always right.
func (f *funcLower) typeArgs(c *types.Call) []Type {
	var out []Type
	for _, t := range c.TypeArgs {
		out = append(out, f.l.typ(t))
	}
	return out
}
