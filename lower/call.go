package lower

import (
	"strings"

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
		}
	case types.CallMethod:
		if b, ok := c.Callee.(*types.Builtin); ok {
			return f.builtin(e, c, b.ID)
		}
		sel, ok := e.Fun.(*syntax.SelectorExpr)
		if !ok {
			break
		}
		recv := f.addressable(f.expr(sel.X), c)
		name := f.l.methodName(sel.Sel.Name) // a method of a contract or type parameter
		if fn := c.Func(); fn != nil {
			name = f.l.objName(fn)
		}
		return method(recv, name, f.callArgs(e.Args, c.Func())...)
	case types.CallVariant:
		n := c.Type.(*types.Named)
		return positional(f.l.variantType(c.Variant, n), f.exprList(e.Args))
	case types.CallTupleStruct:
		return positional(f.l.typ(c.Type), f.exprList(e.Args))
	case types.CallValue:
		fun := f.expr(e.Fun)
		return &CallExpr{Fun: fun, Args: f.exprList(e.Args)}
	}
	return f.l.internalError(e, "a call the lowering does not know")
}

// int64Arg converts an integer argument to int64 unless it already is one
// or is an untyped constant.
func (f *funcLower) int64Arg(e syntax.Expr, x Expr) Expr {
	if _, ok := f.l.untyped(e); ok {
		return x
	}
	if f.l.info.Types[e] == types.Typ[types.I64] {
		return x
	}
	return &ConvExpr{Type: &NamedType{Name: "int64"}, X: x}
}

// printArgs builds the text println prints: arguments joined by a space,
// or, when the first is a string literal with {} placeholders, the
// literal with each {} replaced by the next argument.
func (f *funcLower) printArgs(args []syntax.Expr, xs []Expr) Expr {
	if len(args) > 1 {
		if lit, ok := args[0].(*syntax.BasicLit); ok && lit.Kind == syntax.STRING && strings.Contains(lit.Value, "{}") {
			pieces := strings.Split(lit.Value, "{}")
			var parts []Expr
			next := 1
			for i, p := range pieces {
				if p != "" {
					parts = append(parts, stringLit(p))
				}
				if i == len(pieces)-1 {
					break
				}
				if next < len(args) {
					parts = append(parts, f.format(args[next], xs[next]))
					next++
				} else {
					parts = append(parts, stringLit("{}"))
				}
			}
			for ; next < len(args); next++ {
				parts = append(parts, stringLit(" "), f.format(args[next], xs[next]))
			}
			return concat(parts...)
		}
	}
	var parts []Expr
	for i, a := range args {
		if i > 0 {
			parts = append(parts, stringLit(" "))
		}
		parts = append(parts, f.format(a, xs[i]))
	}
	return concat(parts...)
}

func (f *funcLower) fstring(e *syntax.FString) Expr {
	var parts []Expr
	for _, p := range e.Parts {
		if t, ok := p.(*syntax.FStringText); ok {
			parts = append(parts, stringLit(t.Text))
			continue
		}
		parts = append(parts, f.format(p, f.expr(p)))
	}
	return concat(parts...)
}

// format returns a string expression displaying x, the lowered e, with the
// typed fast path for its type.
func (f *funcLower) format(e syntax.Expr, x Expr) Expr {
	x = f.deref(e, x)
	t := types.Under(f.l.info.Types[e])
	if s, ok := f.l.showComposite(t, x); ok {
		return s
	}
	switch t := t.(type) {
	case *types.Basic:
		switch {
		case t.Kind == types.String:
			return x
		case t.Kind == types.Unit:
			if isIdent(x) {
				return method(x, "String") // reads the variable, which Go requires
			}
			return stringLit("()")
		case t.IsUnsigned():
			return &CallExpr{Fun: rt("Uint"), Args: []Expr{f.typed(e, x, t)}}
		case t.IsInteger():
			return &CallExpr{Fun: rt("Int"), Args: []Expr{f.typed(e, x, t)}}
		case t.IsFloat():
			return &CallExpr{Fun: rt("Float"), Args: []Expr{f.typed(e, x, t)}}
		case t.Kind == types.Bool:
			return &CallExpr{Fun: rt("Bool"), Args: []Expr{x}}
		case t.Kind == types.Char:
			return &CallExpr{Fun: rt("Char"), Args: []Expr{x}}
		}
	case *types.Named:
		if t.Kind != types.ContractKind {
			return method(x, "String")
		}
	case *types.Option, *types.Result, *types.Tuple, *types.Channel, *types.Future, *types.StdType:
		return method(x, "String")
	case *types.Func:
		return stringLit("fn")
	}
	return &CallExpr{Fun: rt("Display"), Args: []Expr{x}}
}

// durationType is Go's time.Duration, the lowering of Vex's Duration.
var durationType = &NamedType{Path: "time", Name: "Duration"}

func stringLit(s string) *Lit { return &Lit{Value: quote(s)} }

// concat joins string expressions with +, merging adjacent literals.
func concat(parts ...Expr) Expr {
	var merged []Expr
	for _, p := range parts {
		if lit, ok := p.(*Lit); ok && len(merged) > 0 {
			if prev, ok := merged[len(merged)-1].(*Lit); ok && isStringLit(prev) && isStringLit(lit) {
				merged[len(merged)-1] = stringLit(unquote(prev.Value) + unquote(lit.Value))
				continue
			}
		}
		merged = append(merged, p)
	}
	if len(merged) == 0 {
		return stringLit("")
	}
	x := merged[0]
	for _, p := range merged[1:] {
		x = &BinaryExpr{Op: "+", X: x, Y: p}
	}
	return x
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

// addressable makes the receiver of a pointer method addressable: Go takes
// the address of a variable automatically, but not of a call's result.
func (f *funcLower) addressable(x Expr, c *types.Call) Expr {
	if fn := c.Func(); fn == nil || fn.Recv != types.RecvMutRef {
		return x
	}
	if _, isRef := c.Recv.(*types.Ref); isRef {
		return x
	}
	switch x := x.(type) {
	case *Ident:
		return x
	case *SelectorExpr:
		return x
	case *IndexExpr:
		return x
	}
	tmp := f.temp("tmp")
	f.emit(&AssignStmt{Lhs: []Expr{&Ident{Name: tmp}}, Op: ":=", Rhs: []Expr{x}})
	return &Ident{Name: tmp}
}
