package lower

import (
	"strings"

	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

func (f *funcLower) call(e *syntax.CallExpr) Expr {
	info := f.l.info
	c := info.Calls[e]
	if c == nil {
		return &Lit{Value: "nil"}
	}
	switch c.Kind {
	case types.CallFunc, types.CallAssoc:
		return &CallExpr{Fun: f.l.objRef(c.Func), TypeArgs: f.typeArgs(c), Args: f.callArgs(e.Args, c.Func)}
	case types.CallVariant:
		n := types.Resolve(c.Type).(*types.Named)
		return positional(f.l.variantType(c.Variant, n), f.exprList(e.Args))
	case types.CallTupleStruct:
		return positional(f.l.typ(c.Type), f.exprList(e.Args))
	case types.CallUserMethod:
		sel := e.Fun.(*syntax.SelectorExpr)
		recv := f.addressable(f.expr(sel.X), c)
		name := f.l.methodName(c.Name)
		if c.Func != nil {
			name = f.l.objName(c.Func)
		}
		return method(recv, name, f.callArgs(e.Args, c.Func)...)
	case types.CallValue:
		fun := f.expr(e.Fun)
		return &CallExpr{Fun: fun, Args: f.exprList(e.Args)}
	case types.CallNew:
		if c.Name != "Channel" {
			return f.newCollection(c)
		}
		ch := c.Type.(*types.Channel)
		var capacity Expr = &Lit{Value: "0"}
		if len(e.Args) == 1 {
			capacity = f.int64Arg(e.Args[0], f.expr(e.Args[0]))
		}
		return &CallExpr{Fun: rt("NewChannel"), TypeArgs: []Type{f.l.typ(ch.Elem)}, Args: []Expr{capacity}}
	case types.CallBuiltin:
		return f.builtin(e, c.Name)
	case types.CallMethod:
		return f.methodCall(e, c)
	case types.CallStd:
		return f.stdCall(e, c) // stdlib.go
	}
	return &Lit{Value: "nil"}
}

// int64Arg converts an integer argument to int64 unless it already is one
// or is an untyped constant.
func (f *funcLower) int64Arg(e syntax.Expr, x Expr) Expr {
	if _, ok := untypedKind(e, f.l.info); ok {
		return x
	}
	if types.Resolve(f.l.info.Types[e]) == types.Typ[types.I64] {
		return x
	}
	return &ConvExpr{Type: &NamedType{Name: "int64"}, X: x}
}

func (f *funcLower) builtin(e *syntax.CallExpr, name string) Expr {
	info := f.l.info
	switch name {
	case "println", "$println", "print", "$print", "eprintln":
		fn := map[string]string{"println": "Println", "$println": "Println", "print": "Print", "$print": "Print", "eprintln": "Eprintln"}[name]
		return &CallExpr{Fun: rt(fn), Args: []Expr{f.printArgs(e.Args)}}
	case "assert":
		args := f.exprList(e.Args)
		if len(args) == 1 {
			args = append(args, &Lit{Value: `""`})
		}
		return &CallExpr{Fun: rt("Assert"), Args: args}
	case "panic", "todo", "unreachable":
		var msg Expr = &Lit{Value: `""`}
		if len(e.Args) == 1 {
			msg = f.expr(e.Args[0])
		}
		switch name {
		case "unreachable":
			msg = &Lit{Value: `"entered unreachable code"`}
		case "todo":
			if len(e.Args) == 1 {
				msg = concat(&Lit{Value: `"not yet implemented: "`}, msg)
			} else {
				msg = &Lit{Value: `"not yet implemented"`}
			}
		}
		return &CallExpr{Fun: &Ident{Name: "panic"}, Args: []Expr{&CallExpr{Fun: rt("Fail"), Args: []Expr{msg}}}}
	case "sleep", "async_delay":
		return &CallExpr{Fun: rt("Sleep"), Args: []Expr{f.int64Arg(e.Args[0], f.expr(e.Args[0]))}}
	case "timeout":
		xs := f.exprList(e.Args)
		return &CallExpr{Fun: rt("Timeout"), Args: []Expr{xs[0], f.int64Arg(e.Args[1], xs[1])}}
	case "spawn":
		return &CallExpr{Fun: rt("Spawn"), Args: []Expr{f.expr(e.Args[0])}}
	case "join_all":
		return &CallExpr{Fun: rt("JoinAll"), Args: []Expr{f.expr(e.Args[0])}}
	case "Some":
		o := types.Resolve(info.Types[e]).(*types.Option)
		return &CallExpr{Fun: rt("Some"), Args: []Expr{f.typedExpr(e.Args[0], o.Elem)}}
	case "Ok", "Err":
		r := types.Resolve(info.Types[e]).(*types.Result)
		return &CallExpr{Fun: rt(name), TypeArgs: []Type{f.l.typ(r.Ok), f.l.typ(r.Err)}, Args: []Expr{f.expr(e.Args[0])}}
	}
	return &Lit{Value: "nil"}
}

// printArgs builds the text println prints: arguments joined by a space,
// or, when the first is a string literal with {} placeholders, the
// literal with each {} replaced by the next argument.
func (f *funcLower) printArgs(args []syntax.Expr) Expr {
	xs := f.exprList(args)
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
	switch t := types.Resolve(t).(type) {
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

func (f *funcLower) methodCall(e *syntax.CallExpr, c *types.Call) Expr {
	sel := e.Fun.(*syntax.SelectorExpr)
	recv := f.deref(sel.X, f.expr(sel.X))
	args := f.exprList(e.Args)
	if c.Name == "toString" {
		return f.format(sel.X, recv)
	}
	switch t := types.Resolve(c.Recv).(type) {
	case *types.Vec, *types.Array, *types.Slice, *types.Map, *types.Set:
		return f.collectionMethod(e, c, recv, args)
	case *types.Channel:
		// The methods of an instantiated Channel[T] take T, so constants
		// need no conversion.
		return method(recv, strings.ToUpper(c.Name[:1])+c.Name[1:], args...)
	case *types.Option:
		switch c.Name {
		case "map":
			return &CallExpr{Fun: rt("MapOption"), Args: []Expr{recv, args[0]}}
		case "flatMap":
			return &CallExpr{Fun: rt("FlatMapOption"), Args: []Expr{recv, args[0]}}
		}
		return method(recv, strings.ToUpper(c.Name[:1])+c.Name[1:], args...)
	case *types.Duration:
		if c.Name == "millis" {
			return method(recv, "Milliseconds")
		}
		return &ConvExpr{Type: &NamedType{Name: "int64"}, X: &BinaryExpr{Op: "/", X: recv, Y: &Ident{Path: "time", Name: "Second"}}}
	case *types.Result:
		switch c.Name {
		case "orElse": // fn(): T, as Option's
			return method(method(recv, "Ok"), "OrElse", args...)
		case "map":
			return &CallExpr{Fun: rt("MapResult"), Args: []Expr{recv, args[0]}}
		case "mapErr":
			return &CallExpr{Fun: rt("MapErr"), Args: []Expr{recv, args[0]}}
		case "flatMap":
			return &CallExpr{Fun: rt("FlatMapResult"), Args: []Expr{recv, args[0]}}
		}
		return method(recv, upperFirst(c.Name), args...)
	case *types.Basic:
		if t.Kind == types.String {
			return f.stringMethod(c.Name, recv, args, e.Args)
		}
		return f.numberMethod(t, c.Name, f.typed(sel.X, recv, t), args, e.Args)
	case *types.StdType:
		return f.stdMethod(e, c, t, recv, args) // stdlib.go
	}
	return &Lit{Value: "nil"}
}

func (f *funcLower) stringMethod(name string, s Expr, args []Expr, argExprs []syntax.Expr) Expr {
	pkg := func(fn string, xs ...Expr) Expr {
		return &CallExpr{Fun: &Ident{Path: stringsPath, Name: fn}, Args: append([]Expr{s}, xs...)}
	}
	switch name {
	case "len":
		return &ConvExpr{Type: &NamedType{Name: "int64"}, X: &CallExpr{Fun: &Ident{Name: "len"}, Args: []Expr{s}}}
	case "contains":
		return pkg("Contains", args...)
	case "startsWith":
		return pkg("HasPrefix", args...)
	case "endsWith":
		return pkg("HasSuffix", args...)
	case "trim":
		return pkg("TrimSpace")
	case "toUpper":
		return pkg("ToUpper")
	case "toLower":
		return pkg("ToLower")
	case "replace":
		return pkg("ReplaceAll", args...)
	case "repeat":
		return pkg("Repeat", &ConvExpr{Type: &NamedType{Name: "int"}, X: args[0]})
	case "substring":
		return &CallExpr{Fun: rt("Substring"), Args: []Expr{s, args[0], args[1]}}
	case "isEmpty":
		return &BinaryExpr{Op: "==", X: s, Y: &Lit{Value: `""`}}
	case "chars":
		return &ConvExpr{Type: &SliceType{Elem: &NamedType{Name: "rune"}}, X: s}
	case "split":
		return pkg("Split", args...)
	case "indexOf":
		return &CallExpr{Fun: rt("IndexOf"), Args: []Expr{s, args[0]}}
	case "parseInt":
		return &CallExpr{Fun: rt("ParseInt"), Args: []Expr{s}}
	case "parseFloat":
		return &CallExpr{Fun: rt("ParseFloat"), Args: []Expr{s}}
	}
	return &Lit{Value: "nil"}
}

func (f *funcLower) numberMethod(t *types.Basic, name string, x Expr, args []Expr, argExprs []syntax.Expr) Expr {
	switch name {
	case "millis", "seconds", "second", "minutes":
		unit := map[string]string{"millis": "Millisecond", "seconds": "Second", "second": "Second", "minutes": "Minute"}[name]
		return &BinaryExpr{Op: "*", X: &ConvExpr{Type: durationType, X: x}, Y: &Ident{Path: "time", Name: unit}}
	case "abs":
		return &CallExpr{Fun: rt("Abs"), Args: []Expr{x}}
	case "min", "max":
		return &CallExpr{Fun: &Ident{Name: name}, Args: []Expr{x, f.typed(argExprs[0], args[0], t)}}
	case "pow":
		if t.IsFloat() {
			return powFloat(f.l, x, args[0], t)
		}
		return &CallExpr{Fun: rt("Pow"), Args: []Expr{x, args[0]}}
	case "sqrt", "floor", "ceil", "round":
		fn := strings.ToUpper(name[:1]) + name[1:]
		if t.Kind == types.F32 {
			return &ConvExpr{Type: &NamedType{Name: "float32"}, X: &CallExpr{Fun: &Ident{Path: mathPath, Name: fn}, Args: []Expr{&ConvExpr{Type: &NamedType{Name: "float64"}, X: x}}}}
		}
		return &CallExpr{Fun: &Ident{Path: mathPath, Name: fn}, Args: []Expr{x}}
	}
	return &Lit{Value: "nil"}
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
	if c.Func == nil || c.Func.Recv != types.RecvMutRef {
		return x
	}
	if _, isRef := types.Resolve(c.Recv).(*types.Ref); isRef {
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
