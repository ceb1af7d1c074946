package lower

import (
	"cmp"
	"go/constant"
	gotypes "go/types"
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// expr lowers an expression, emitting any statements it needs first, and
// converts it where the checker recorded an implicit conversion: a fixed
// array used as a slice is sliced, a constant boxed in an any has its type.
func (f *funcLower) expr(e syntax.Expr) Expr {
	to, convert := f.l.info.Implicit[e]
	if _, isCall := e.(*syntax.CallExpr); isCall && convert && f.l.info.Types[e] == types.NeverType {
		// A call that never returns where a value is expected, as in
		// f(todo()): Go needs an expression of the expected type.
		body := f.block(func() { f.diverge(f.exprOf(e), f.l.pos(e)) })
		return &CallExpr{Fun: &FuncLit{Results: []Type{f.l.typ(to)}, Body: body}}
	}
	x := f.exprOf(e)
	if call, ok := x.(*CallExpr); ok && f.noValue(e) {
		return unitCall(call)
	}
	switch to := to.(type) {
	case *types.Slice:
		return f.sliceOf(f.deref(e, x), types.Under(f.l.info.Types[e]))
	case *types.Ref:
		// &!a of an array where a &[T]! is expected: a pointer to a slice
		// that views the array, so that the callee's writes reach it.
		return addr(f.once(&SliceExpr{X: derefExpr(x)}, "view"))
	case *types.GoAny:
		return f.typed(e, x, f.l.info.Types[e]) // let x: any = 5 holds an int64, as Vex's 5 is an i64
	case *types.GoNamed:
		if _, ok := f.l.info.Types[e].(*types.StdType); ok {
			return method(x, "GoContext") // a Vex Context as a context.Context
		}
		if fn, ok := f.l.info.Types[e].(*types.Func); ok {
			if sig, ok := to.Obj.Type().Underlying().(*gotypes.Signature); ok {
				return f.toGoFunc(x, fn, sig) // return |s| Ok(s) as a lib.Handler: func(string) (string, error)
			}
		}
	case *types.Named:
		if to.Kind == types.ContractKind && f.l.info.Types[e] != types.NeverType {
			return &ConvExpr{Type: f.l.typ(to), X: x} // a value stored as a contract: v.insert(0, Sq { ... })
		}
	}
	return x
}

// noValue reports whether e, of Vex type unit, lowers to a call of a Go
// function with no result: a function or method returning unit, a function
// value, a Go function, or the body function of a unit async fn that await
// calls (async.go). A call of a generic function whose result is unit only
// by its type argument returns a vexrt.Unit.
func (f *funcLower) noValue(e syntax.Expr) bool {
	e = syntax.Unparen(e)
	if f.l.info.Types[e] != types.UnitType {
		return false
	}
	var c *types.Call
	switch e := e.(type) {
	case *syntax.AwaitExpr:
		call, ok := syntax.Unparen(e.X).(*syntax.CallExpr)
		if !ok {
			return false
		}
		c = f.l.info.Calls[call]
		if c == nil || f.l.syncNames[c.Func()] == "" {
			return false // x.Await() returns a vexrt.Unit
		}
	case *syntax.CallExpr:
		c = f.l.info.Calls[e]
	default:
		return false
	}
	if c == nil {
		return false
	}
	if fn := c.Func(); fn != nil {
		return fn.Result() == types.UnitType && !shaped(fn.GoResults())
	}
	return c.Kind == types.CallFunc || c.Kind == types.CallMethod || c.Kind == types.CallValue
}

// unitCall wraps x, a call with no Go value, where an operand needs the
// unit value: func() vexrt.Unit { x; return vexrt.Unit{} }() runs it in its
// turn among the operands. A statement takes x back (bareCall).
func unitCall(x *CallExpr) *CallExpr {
	return &CallExpr{Fun: &FuncLit{Results: []Type{&NamedType{Path: rtPath, Name: "Unit"}}, Body: &Block{Stmts: []Stmt{
		&ExprStmt{X: x}, &ReturnStmt{Results: []Expr{unitValue()}},
	}}}}
}

// bareCall returns the call that unitCall wrapped in x, or x.
func bareCall(x Expr) Expr {
	if call, ok := x.(*CallExpr); ok && len(call.Args) == 0 {
		if lit, ok := call.Fun.(*FuncLit); ok && len(lit.Params) == 0 && len(lit.Body.Stmts) == 2 {
			if st, ok := lit.Body.Stmts[0].(*ExprStmt); ok {
				if ret, ok := lit.Body.Stmts[1].(*ReturnStmt); ok && len(ret.Results) == 1 && isUnitValue(ret.Results[0]) {
					return st.X
				}
			}
		}
	}
	return x
}

func isUnitValue(x Expr) bool {
	lit, ok := x.(*CompositeLit)
	if !ok || len(lit.Elts) > 0 {
		return false
	}
	t, ok := lit.Type.(*NamedType)
	return ok && t.Path == rtPath && t.Name == "Unit"
}

// exprOf lowers an expression as its own type.
func (f *funcLower) exprOf(e syntax.Expr) Expr {
	info := f.l.info
	switch e := e.(type) {
	case *syntax.ParenExpr:
		return f.expr(e.X)
	case *syntax.Ident:
		if v := info.Variants[e]; v != nil {
			return f.l.variantValue(v, info.Types[e])
		}
		switch obj := info.Uses[e].(type) {
		case *types.Local:
			if x, ok := f.subst[obj]; ok {
				return x
			}
			if f.builders[obj] {
				return method(&Ident{Name: f.locals[obj]}, "String") // strbuild.go
			}
			return f.guardPtr(e, obj, &Ident{Name: f.locals[obj]}) // guards.go
		case *types.Const, *types.FuncObj:
			return f.l.objRef(obj)
		case *types.GoObj:
			return f.goValue(e, obj) // goimport.go
		case *types.Builtin:
			if obj.ID == types.None {
				return f.none(info.Types[e])
			}
		}
		return f.l.internalError(e, "%s is not a value the lowering knows", e.Name)
	case *syntax.BasicLit:
		return literal(e)
	case *syntax.BoolLit:
		return &Lit{Value: strconv.FormatBool(e.Value)}
	case *syntax.NilLit:
		return goNil()
	case *syntax.FString:
		return f.fstring(e)
	case *syntax.TupleExpr:
		if len(e.Elems) == 0 {
			return unitValue()
		}
		tt, _ := info.Types[e].(*types.Tuple)
		args := f.exprList(e.Elems)
		for i := range args {
			if tt != nil {
				args[i] = f.typed(e.Elems[i], args[i], tt.Elems[i])
			}
		}
		return &CallExpr{Fun: rt("T" + strconv.Itoa(len(args))), Args: args}
	case *syntax.UnaryExpr:
		if call := info.Operators[e]; call != nil {
			return f.operator(call, e.X)
		}
		if reductionFuncs[e.Op] != "" {
			return f.reduce(e)
		}
		x := f.expr(e.X)
		switch e.Op {
		case syntax.SUB:
			if lit, ok := e.X.(*syntax.BasicLit); ok && lit.Kind == syntax.FLOAT && f.l.isZero(lit) {
				// Go constants have no negative zero.
				return &CallExpr{Fun: &Ident{Path: mathPath, Name: "Copysign"}, Args: []Expr{&Lit{Value: "0"}, &Lit{Value: "-1"}}}
			}
			return &UnaryExpr{Op: "-", X: f.deref(e.X, x)}
		case syntax.NOT:
			return not(f.deref(e.X, x))
		case syntax.TILDE:
			if _, isConst := f.l.untyped(e.X); isConst {
				// ^0 is -1 to Go's untyped constants: convert first, so that
				// the complement is taken in the operand's width.
				return &UnaryExpr{Op: "^", X: &ConvExpr{Type: f.l.typ(info.Types[e]), X: x}}
			}
			return &UnaryExpr{Op: "^", X: f.deref(e.X, x)}
		case syntax.ARROW:
			x = f.deref(e.X, x)
			if c, ok := types.Under(info.Types[e.X]).(*types.GoChan); ok {
				if c.Elem == types.UnitType {
					// Go's struct{} is Vex's unit, vexrt.Unit.
					return &ConvExpr{Type: &NamedType{Path: rtPath, Name: "Unit"}, X: &UnaryExpr{Op: "<-", X: x}}
				}
				return &UnaryExpr{Op: "<-", X: x}
			}
			return method(x, "RecvValue")
		case syntax.MUL:
			if !isRef(info.Types[e.X]) {
				return x // *self of a method declared self: &T, which holds the value
			}
			return derefExpr(x)
		case syntax.AND, syntax.ANDMUT:
			if r, ok := info.Types[e].(*types.Ref); ok && !isRef(r.Elem) && isRef(info.Types[e.X]) {
				return x // &r of a reference is the same reference
			}
			if !f.canAddress(e.X, x) {
				// &f(x) points to a temporary: tmp := f(x); &tmp.
				tmp := f.temp("tmp")
				f.emit(&AssignStmt{Lhs: []Expr{&Ident{Name: tmp}}, Op: ":=", Rhs: []Expr{f.typed(e.X, x, info.Types[e.X])}})
				x = &Ident{Name: tmp}
			}
			return &UnaryExpr{Op: "&", X: x}
		}
		return x
	case *syntax.AwaitExpr:
		if x := f.awaitCall(e); x != nil {
			return x // async.go
		}
		return method(f.value(e.X), "Await")
	case *syntax.TryExpr:
		return f.try(e)
	case *syntax.BinaryExpr:
		return f.binary(e)
	case *syntax.CastExpr:
		if lit := f.l.castConstant(e.X, info.Types[e]); lit != nil {
			return lit
		}
		if to := info.Types[e]; types.IsGoType(to) {
			return f.goConversion(e.X, f.expr(e.X), to) // gocall.go
		}
		if to := info.Types[e]; types.IsInteger(to) && types.Under(info.Types[e.X]) == types.Typ[types.Bool] {
			return &CallExpr{Fun: rt("BoolInt"), TypeArgs: []Type{f.l.typ(to)}, Args: []Expr{f.deref(e.X, f.expr(e.X))}}
		}
		x := f.deref(e.X, f.expr(e.X))
		if types.Identical(types.Under(info.Types[e.X]), info.Types[e]) {
			return x // a cast to the type the value has already
		}
		if to := info.Types[e]; types.IsInteger(to) && types.IsFloat(types.Under(info.Types[e.X])) {
			// Go leaves a float out of the integer's range to the platform.
			return &CallExpr{Fun: rt("FloatToInt"), TypeArgs: []Type{f.l.typ(to)}, Args: []Expr{x}}
		}
		x = unconvertedLength(x) // v.len() as i32 is int32(len(v))
		if b, ok := types.Under(info.Types[e]).(*types.Basic); ok && b.Kind == types.Isize && isLenCall(x) {
			return x // len(v) is a Go int already
		}
		return &ConvExpr{Type: f.l.typ(info.Types[e]), X: x}
	case *syntax.TernaryExpr:
		tmp := f.temp("tmp")
		f.emit(&VarStmt{Name: tmp, Type: f.l.typ(info.Types[e])})
		target := &Ident{Name: tmp}
		f.ternaryInto(e, sink{kind: sinkAssign, target: target})
		return target
	case *syntax.CallExpr:
		return f.call(e)
	case *syntax.TupleIndexExpr:
		return &SelectorExpr{X: f.expr(e.X), Sel: "V" + strconv.Itoa(e.Index)}
	case *syntax.SelectorExpr:
		if g, ok := info.Uses[e.Sel].(*types.GoObj); ok {
			return f.goSelector(e, g) // goimport.go
		}
		if x := f.l.qualified(e); x != nil {
			return x
		}
		if v := info.Variants[e]; v != nil {
			return f.l.variantValue(v, info.Types[e])
		}
		if _, isConst := info.Uses[e.Sel].(*types.Const); isConst {
			// i64.MAX is math.MaxInt64; u8.MIN is 0.
			if x := stdConst(info.Uses[e.Sel]); x != nil {
				return x
			}
			return &Lit{Value: info.Consts[e].Value.ExactString()}
		}
		if fld := info.Fields[e]; fld != nil {
			return &SelectorExpr{X: f.expr(e.X), Sel: f.l.fieldName(fld)}
		}
	case *syntax.StructLit:
		if types.IsGoType(info.Types[e]) {
			return f.goStructLit(e) // goimport.go
		}
		return f.structLit(e)
	case *syntax.IndexExpr:
		return f.index(e)
	case *syntax.ArrayExpr:
		return f.arrayLit(e)
	case *syntax.ClosureExpr:
		return f.closure(e)
	case *syntax.Block, *syntax.IfExpr, *syntax.MatchExpr, *syntax.SelectExpr:
		t := info.Types[e]
		if t == types.NeverType || t == types.UnitType {
			f.valueInto(e, sink{kind: sinkDiscard})
			return unitValue()
		}
		tmp := f.temp("tmp")
		f.emit(&VarStmt{Name: tmp, Type: f.l.typ(t)})
		f.valueInto(e, sink{kind: sinkAssign, target: &Ident{Name: tmp}})
		return &Ident{Name: tmp}
	case *syntax.LoopExpr:
		t := info.Types[e]
		if t == types.NeverType || t == types.UnitType {
			f.loop(e, nil)
			return unitValue()
		}
		tmp := f.temp("tmp")
		f.emit(&VarStmt{Name: tmp, Type: f.l.typ(t)})
		f.loop(e, &Ident{Name: tmp})
		return &Ident{Name: tmp}
	}
	return f.l.internalError(e, "an expression the lowering does not know")
}

// goNil is Go's nil: a nil func for vexrt.CloneMap, a nil channel for a
// disabled select case.
func goNil() Expr { return &Ident{Name: "nil"} }

// exprList lowers expressions left to right. When a later one needs
// statements, earlier ones are saved in temporaries first so that Vex's
// left-to-right evaluation order is kept.
func (f *funcLower) exprList(es []syntax.Expr) []Expr {
	last := -1
	for i, e := range es {
		if f.needsStmts(e) {
			last = i
		}
	}
	out := make([]Expr, len(es))
	for i, e := range es {
		x := f.expr(e)
		if i < last && !isPure(x) {
			tmp := f.temp("tmp")
			f.emit(&AssignStmt{Lhs: []Expr{&Ident{Name: tmp}}, Op: ":=", Rhs: []Expr{f.typed(e, x, f.l.info.Types[e])}})
			x = &Ident{Name: tmp}
		}
		out[i] = x
	}
	return out
}

// literal lowers a literal to Go source.
func literal(e *syntax.BasicLit) Expr {
	switch e.Kind {
	case syntax.INT:
		v := strings.ReplaceAll(e.Value, "_", "")
		if len(v) > 1 && v[0] == '0' && v[1] >= '0' && v[1] <= '9' {
			v = strings.TrimLeft(v, "0") // decimal in Vex, octal in Go
			if v == "" {
				v = "0"
			}
		}
		return &Lit{Value: v}
	case syntax.FLOAT:
		v := strings.ReplaceAll(e.Value, "_", "")
		if !strings.ContainsAny(v, ".eE") {
			// 2f64: without a point, Go would read an integer.
			v = cmp.Or(strings.TrimLeft(v, "0"), "0") + ".0"
		}
		return &Lit{Value: v}
	case syntax.CHAR:
		r := []rune(e.Value)
		if len(r) == 0 {
			return &Lit{Value: "0"}
		}
		return &Lit{Value: strconv.QuoteRune(r[0])}
	}
	return &Lit{Value: strconv.Quote(e.Value)}
}

// untyped reports whether e lowers to an untyped Go constant, and the
// kind of the type Go gives it by default.
func (l *lowerer) untyped(e syntax.Expr) (def types.BasicKind, ok bool) {
	k, ok := l.info.Consts[e]
	return k.Default, ok
}

// needsType reports whether `x := e` would give x the wrong Go type: an
// untyped constant whose default type is not t, or a variant of a payload
// enum, whose Go type is the variant's struct rather than the enum.
func (f *funcLower) needsType(e syntax.Expr, t types.Type) bool {
	if f.isVariant(e) || isNilLit(e) {
		return true
	}
	if k, ok := t.(*types.Named); ok && k.Kind == types.ContractKind {
		return !types.Identical(f.l.info.Types[e], t) // a value stored as an interface
	}
	def, ok := f.l.untyped(e)
	if !ok {
		return false
	}
	b, isBasic := t.(*types.Basic)
	return !isBasic || b.Kind != def
}

// typed wraps an untyped constant or a variant in a conversion when Go
// would otherwise infer another type: for := declarations and arguments of
// generic functions.
func (f *funcLower) typed(e syntax.Expr, x Expr, t types.Type) Expr {
	if t == nil || !f.needsType(e, t) {
		return x
	}
	return &ConvExpr{Type: f.l.typ(t), X: x}
}

// typedExpr lowers e where Go's type inference does not see the wanted type.
func (f *funcLower) typedExpr(e syntax.Expr, t types.Type) Expr {
	return f.typed(e, f.expr(e), t)
}

// none lowers None of type t to the zero Option, vexrt.Option[T]{}: a
// call of vexrt.None[T]() inlines too, but costs the caller more of Go's
// inlining budget.
func (f *funcLower) none(t types.Type) Expr {
	elem := types.Type(types.InvalidType)
	if o, ok := t.(*types.Option); ok {
		elem = o.Elem
	}
	return &CompositeLit{Type: &NamedType{Path: rtPath, Name: "Option", Args: []Type{f.l.typ(elem)}}}
}

var binaryOps = map[syntax.Token]string{
	syntax.ADD: "+", syntax.SUB: "-", syntax.MUL: "*", syntax.QUO: "/", syntax.REM: "%",
	syntax.AND: "&", syntax.OR: "|", syntax.XOR: "^", syntax.SHL: "<<", syntax.SHR: ">>",
	syntax.EQL: "==", syntax.NEQ: "!=", syntax.LSS: "<", syntax.LEQ: "<=", syntax.GTR: ">", syntax.GEQ: ">=",
	syntax.LAND: "&&", syntax.LOR: "||",
}

func (f *funcLower) binary(e *syntax.BinaryExpr) Expr {
	if call := f.l.info.Operators[e]; call != nil {
		return f.operator(call, e.X, e.Y)
	}
	if x := f.collectionBinary(e); x != nil {
		return x
	}
	info := f.l.info
	t := info.Types[e]
	switch e.Op {
	case syntax.LAND, syntax.LOR:
		if f.needsStmts(e.Y) {
			// The right side runs only when needed: tmp := x; if tmp { tmp = y }.
			tmp := f.temp("tmp")
			f.emit(&AssignStmt{Lhs: []Expr{&Ident{Name: tmp}}, Op: ":=", Rhs: []Expr{f.expr(e.X)}})
			var cond Expr = &Ident{Name: tmp}
			if e.Op == syntax.LOR {
				cond = not(cond)
			}
			then, close := f.open()
			f.valueInto(e.Y, sink{kind: sinkAssign, target: &Ident{Name: tmp}})
			close()
			f.emit(&IfStmt{Cond: cond, Then: then})
			return &Ident{Name: tmp}
		}
	case syntax.QQ:
		xs := f.exprList([]syntax.Expr{e.X, e.Y})
		return method(xs[0], "Or", xs[1])
	case syntax.RESCUE:
		return f.rescue(e, func() string { return f.temp("v") })
	case syntax.POW:
		xs := f.exprList([]syntax.Expr{e.X, e.Y})
		if types.IsFloat(t) {
			return mathFloat2("Pow", xs[0], xs[1], t)
		}
		return &CallExpr{Fun: rt("Pow"), Args: []Expr{f.typed(e.X, xs[0], t), xs[1]}}
	case syntax.REM:
		if types.IsFloat(t) {
			xs := f.exprList([]syntax.Expr{e.X, e.Y})
			return mathFloat2("Mod", xs[0], xs[1], t)
		}
	case syntax.VMIN, syntax.VMAX, syntax.SATADD, syntax.SATSUB, syntax.VSHL, syntax.VSHR:
		return f.vectorScalars(e)
	case syntax.SHL, syntax.SHR:
		if _, isConst := info.Consts[e]; !isConst {
			// Go gives an untyped constant shifted by a variable the type
			// of its context, int in x := 1 << n: convert it, int64(1) << n.
			xs := f.exprList([]syntax.Expr{e.X, e.Y})
			return &BinaryExpr{Op: binaryOps[e.Op], X: f.typed(e.X, xs[0], t), Y: f.deref(e.Y, xs[1])}
		}
	}
	xs := f.exprList([]syntax.Expr{e.X, e.Y})
	if isNilLit(e.X) || isNilLit(e.Y) {
		return &BinaryExpr{Op: binaryOps[e.Op], X: xs[0], Y: xs[1]} // a Go pointer compared with nil
	}
	if f.isVariant(e.X) && f.isVariant(e.Y) {
		// Two variants are two Go struct types: compare them as the enum.
		xs[0] = f.typed(e.X, xs[0], info.Types[e.X])
	}
	if ut := types.Under(info.Types[e.X]); (e.Op == syntax.EQL || e.Op == syntax.NEQ) && types.HoldsRef(ut) {
		return refEqual(e.Op, f.l.typ(ut), f.deref(e.X, xs[0]), f.deref(e.Y, xs[1])) // types.go
	}
	if comparisons[e.Op] {
		xs[0], xs[1] = f.lengthComparison(e.X, xs[0], e.Y, xs[1])
	}
	return &BinaryExpr{Op: binaryOps[e.Op], X: f.deref(e.X, xs[0]), Y: f.deref(e.Y, xs[1])}
}

var comparisons = map[syntax.Token]bool{
	syntax.EQL: true, syntax.NEQ: true, syntax.LSS: true, syntax.LEQ: true, syntax.GTR: true, syntax.GEQ: true,
}

// lengthComparison drops the conversion of a length compared with a small
// constant, which Go compares as an int: len(s) > 20, not
// int64(len(s)) > 20.
func (f *funcLower) lengthComparison(xe syntax.Expr, x Expr, ye syntax.Expr, y Expr) (Expr, Expr) {
	small := func(e syntax.Expr, x Expr) bool {
		if u, ok := x.(*UnaryExpr); ok && u.Op == "-" {
			x = u.X
		}
		if _, untyped := x.(*Lit); !untyped {
			return false
		}
		k, ok := f.l.info.Consts[syntax.Unparen(e)]
		if !ok || k.Value.Kind() != constant.Int {
			return false
		}
		v, exact := constant.Int64Val(k.Value)
		return exact && v >= math.MinInt32 && v <= math.MaxInt32
	}
	switch {
	case small(ye, y):
		x = unconvertedLength(x)
	case small(xe, x):
		y = unconvertedLength(y)
	}
	return x, y
}

// unconvertedLength returns len(v) or cap(v) for x, its conversion to a
// 64-bit or Go integer type, which holds every length, and x otherwise:
// where the length is compared, displayed or converted again, the
// conversion changes nothing.
func unconvertedLength(x Expr) Expr {
	c, ok := x.(*ConvExpr)
	if !ok || !isLenCall(c.X) {
		return x
	}
	if t, ok := c.Type.(*NamedType); ok && t.Path == "" {
		switch t.Name {
		case "int", "uint", "int64", "uint64":
			return c.X
		}
	}
	return x
}

func isNilLit(e syntax.Expr) bool {
	_, ok := syntax.Unparen(e).(*syntax.NilLit)
	return ok
}

// deref reads through a reference where Vex sees through it implicitly:
// operators, conditions, printing and conversions need the value.
func (f *funcLower) deref(e syntax.Expr, x Expr) Expr {
	if r, isRef := f.l.info.Types[e].(*types.Ref); isRef {
		return derefRef(x, r)
	}
	return x
}

// mathFloat2 calls the function name of Go's math package, which takes
// two float64s and returns one, on floats of type t: math.Pow(x, y), or
// float32(math.Mod(float64(x), float64(y))) for f32.
func mathFloat2(name string, x, y Expr, t types.Type) Expr {
	call := &CallExpr{Fun: &Ident{Path: mathPath, Name: name}, Args: []Expr{x, y}}
	if types.Under(t) == types.Typ[types.F32] {
		call.Args = []Expr{float64Arg(x), float64Arg(y)}
		return &ConvExpr{Type: &NamedType{Name: "float32"}, X: call}
	}
	return call
}

// float64Arg converts x to float64, unless it is a literal, which is an
// untyped Go constant.
func float64Arg(x Expr) Expr {
	if _, isLit := x.(*Lit); isLit {
		return x
	}
	return &ConvExpr{Type: &NamedType{Name: "float64"}, X: x}
}

// rescue lowers the lazy `opt !> fallback` (and `res !> |e| fallback`):
//
//	v, ok := opt.Get()
//	if !ok { v = fallback }
//
// val names the variable v, which a let may declare itself.
func (f *funcLower) rescue(e *syntax.BinaryExpr, val func() string) Expr {
	if v, ok := f.goRescue(e, val); ok {
		return v // v, err := f(x); if err != nil { ... }: gocall.go
	}
	x := f.expr(e.X)
	_, isResult := types.Under(f.l.info.Types[e.X]).(*types.Result)
	cl, param := f.inlineHandler(e.Y)
	leaves := f.l.info.Types[e.Y] == types.NeverType
	if isResult && !leaves && (cl == nil || param != nil) {
		x = f.once(x, "res") // read twice: for the value and for the error
	}
	v := val()
	ok := f.flag("ok")
	f.emit(&AssignStmt{Lhs: []Expr{&Ident{Name: v}, &Ident{Name: ok}}, Op: ":=", Rhs: []Expr{method(x, "Get")}})
	then, close := f.open()
	if isResult && cl != nil {
		// res !> |e| fallback: the closure's body, with e bound to the error.
		if param != nil {
			f.emit(&AssignStmt{Lhs: []Expr{&Ident{Name: f.declare(param)}}, Op: ":=", Rhs: []Expr{method(x, "Failure")}})
		}
		f.valueInto(cl.Body, sink{kind: sinkAssign, target: &Ident{Name: v}})
	} else if isResult && !leaves {
		// A handler function; a fallback that leaves (return, continue,
		// panic) runs in place below, as an Option's does.
		fn := f.expr(e.Y)
		f.emit(&AssignStmt{Lhs: []Expr{&Ident{Name: v}}, Op: "=", Rhs: []Expr{&CallExpr{Fun: fn, Args: []Expr{method(x, "Failure")}}}})
	} else {
		f.valueInto(e.Y, sink{kind: sinkAssign, target: &Ident{Name: v}})
	}
	close()
	f.emit(&IfStmt{Cond: not(&Ident{Name: ok}), Then: unwrapBlock(then)})
	return &Ident{Name: v}
}

// rescueDiscard lowers `x !> fallback` whose value is dropped, for the
// fallback's effects only:
//
//	if res.IsErr() { e := res.Failure(); fallback }
//	if _, err := strconv.Atoi(s); err != nil { fallback }
func (f *funcLower) rescueDiscard(e *syntax.BinaryExpr) {
	var init Stmt
	var cond, failure Expr
	cl, param := f.inlineHandler(e.Y)
	call, isCall := syntax.Unparen(e.X).(*syntax.CallExpr)
	shape := types.GoOne
	if isCall {
		shape = f.callShape(call)
	}
	switch shape {
	case types.GoErrorOnly, types.GoValueError, types.GoValueOK:
		raw, _, _ := f.rawCall(call)
		if shape == types.GoValueOK {
			ok := &Ident{Name: f.flag("ok")}
			init = &AssignStmt{Lhs: []Expr{&Ident{Name: "_"}, ok}, Op: ":=", Rhs: []Expr{raw}}
			cond = not(ok)
			break
		}
		err := &Ident{}
		if cl != nil && param != nil {
			err.Name, param = f.declare(param), nil // if _, e := f(x); e != nil
		} else {
			err.Name = f.flag("err")
		}
		lhs := []Expr{err}
		if shape == types.GoValueError {
			lhs = []Expr{&Ident{Name: "_"}, err}
		}
		init = &AssignStmt{Lhs: lhs, Op: ":=", Rhs: []Expr{raw}}
		cond, failure = &BinaryExpr{Op: "!=", X: err, Y: goNil()}, err
	default:
		x := f.expr(e.X)
		if _, isResult := types.Under(f.l.info.Types[e.X]).(*types.Result); isResult {
			x = f.once(x, "res")
			cond, failure = method(x, "IsErr"), method(x, "Failure")
		} else {
			cond = method(x, "IsNone")
		}
	}
	then, close := f.open()
	if failure != nil && cl != nil {
		if param != nil {
			f.emit(&AssignStmt{Lhs: []Expr{&Ident{Name: f.declare(param)}}, Op: ":=", Rhs: []Expr{failure}})
		}
		f.valueInto(cl.Body, sink{kind: sinkDiscard})
	} else if failure != nil {
		f.emit(&ExprStmt{X: &CallExpr{Fun: f.expr(e.Y), Args: []Expr{failure}}})
	} else {
		f.valueInto(e.Y, sink{kind: sinkDiscard})
	}
	close()
	f.emit(&IfStmt{Pos: f.l.pos(e), Init: init, Cond: cond, Then: unwrapBlock(then)})
}

// try lowers `x?`: the value, or an early return of None or the Err.
func (f *funcLower) try(e *syntax.TryExpr) Expr {
	if name, ok := f.goTry(e, func() string { return f.temp("v") }); ok {
		if name == "" {
			return unitValue()
		}
		return &Ident{Name: name} // gocall.go
	}
	x := f.expr(e.X)
	val := f.temp("v")
	f.tryCheck(e, x, val, f.l.pos(e))
	return &Ident{Name: val}
}

// tryCheck declares val from x, the lowered operand of `?`, returning early
// when x is None or an Err:
//
//	val, ok := x.Get()
//	if !ok { return vexrt.Option[T]{} }
//
// An Err returns x itself when it has the function's result type, and the
// error in a Result of that type otherwise.
func (f *funcLower) tryCheck(e *syntax.TryExpr, x Expr, val string, pos Pos) {
	rt := f.result
	if _, isResult := rt.(*types.Result); isResult {
		x = f.once(x, "res") // read twice: for the value and for the error
	}
	ok := f.flag("ok")
	f.emit(&AssignStmt{Pos: pos, Lhs: []Expr{&Ident{Name: val}, &Ident{Name: ok}}, Op: ":=", Rhs: []Expr{method(x, "Get")}})
	then := f.returnTried(e, x, rt)
	f.emit(&IfStmt{Cond: not(&Ident{Name: ok}), Then: then})
}

// returnTried returns the block that returns the failure of x, the value
// of e.X: x itself when it is a Result of the function's own result type.
func (f *funcLower) returnTried(e *syntax.TryExpr, x Expr, rt types.Type) *Block {
	then, close := f.open()
	f.unlockForReturn(nil, nil, nil) // guards.go
	if _, isResult := rt.(*types.Result); isResult && !shaped(f.goShape) && types.Identical(f.l.info.Types[e.X], rt) {
		f.emit(&ReturnStmt{Results: []Expr{x}})
	} else {
		f.returnFailure(method(x, "Failure")) // gomethod.go
	}
	close()
	return then
}

// tryDiscard lowers `x?` whose value is dropped, testing x only:
//
//	if res := x; res.IsErr() { return res }
func (f *funcLower) tryDiscard(e *syntax.TryExpr) {
	if _, ok := f.goTry(e, func() string { return "_" }); ok {
		return // gocall.go
	}
	x := f.expr(e.X)
	test := "IsNone"
	if _, isResult := types.Under(f.l.info.Types[e.X]).(*types.Result); isResult {
		test = "IsErr"
	}
	rt := f.result
	var init Stmt
	if _, isResult := rt.(*types.Result); isResult && !isIdent(x) {
		tmp := f.temp("res") // read twice: for the test and for the error
		init = &AssignStmt{Lhs: []Expr{&Ident{Name: tmp}}, Op: ":=", Rhs: []Expr{x}}
		x = &Ident{Name: tmp}
	}
	then := f.returnTried(e, x, rt)
	f.emit(&IfStmt{Pos: f.l.pos(e), Init: init, Cond: method(x, test), Then: then})
}

// inlineHandler returns the closure literal of `res !> |e| fallback`
// when its body can run in place of a call: it neither returns nor uses
// ?, which would leave the function instead of the closure. param is the
// closure's parameter, nil when the body does not read it.
func (f *funcLower) inlineHandler(e syntax.Expr) (cl *syntax.ClosureExpr, param *types.Local) {
	cl, ok := syntax.Unparen(e).(*syntax.ClosureExpr)
	if !ok || len(cl.Params) != 1 {
		return nil, nil
	}
	leaves := false
	syntax.Inspect(cl.Body, func(n syntax.Node) bool {
		switch n.(type) {
		case *syntax.ReturnStmt, *syntax.TryExpr:
			leaves = true
		case *syntax.ClosureExpr:
			return false
		}
		return !leaves
	})
	if leaves {
		return nil, nil
	}
	if l, ok := f.l.info.Defs[cl.Params[0].Name].(*types.Local); ok && f.refersTo(cl.Body, l) {
		param = l
	}
	return cl, param
}

// once returns x itself when it is a plain name, or else a temporary
// holding it, so that it can be read more than once.
func (f *funcLower) once(x Expr, base string) Expr {
	if isIdent(x) {
		return x
	}
	tmp := f.temp(base)
	f.emit(&AssignStmt{Lhs: []Expr{&Ident{Name: tmp}}, Op: ":=", Rhs: []Expr{x}})
	return &Ident{Name: tmp}
}

func rtIdent(name string) *Ident { return rt(name) }

func (f *funcLower) closure(e *syntax.ClosureExpr) Expr {
	sig, _ := f.l.info.Types[e].(*types.Func)
	if sig == nil {
		return f.l.internalError(e, "the closure has type %s", f.l.info.Types[e])
	}
	lit := &FuncLit{}
	saved := *f
	f.result, f.unitValue, f.inGo, f.loops, f.switches, f.synth = sig.Result, false, false, nil, 0, 0
	f.blocks, f.guards, f.goShape = 0, nil, types.GoOne
	blk, close := f.open()
	for i, p := range e.Params {
		name := "_"
		if local, ok := f.l.info.Defs[p.Name].(*types.Local); ok {
			name = f.declare(local)
		}
		lit.Params = append(lit.Params, &Field{Name: name, Type: f.l.typ(sig.Params[i])})
	}
	if r := f.l.resultType(sig.Result); r != nil {
		lit.Results = []Type{r}
	}
	if b, ok := e.Body.(*syntax.Block); ok {
		if isUnitResult(sig.Result) {
			f.stmts(b.Stmts)
		} else {
			f.blockInto(b, sink{kind: sinkReturn})
		}
	} else if isUnitResult(sig.Result) {
		f.valueInto(e.Body, sink{kind: sinkDiscard})
	} else {
		f.valueInto(e.Body, sink{kind: sinkReturn})
	}
	close()
	f.result, f.unitValue, f.inGo, f.loops, f.switches, f.synth = saved.result, saved.unitValue, saved.inGo, saved.loops, saved.switches, saved.synth
	f.blocks, f.guards, f.goShape = saved.blocks, saved.guards, saved.goShape
	lit.Body = blk
	return lit
}

// isVariant reports whether e constructs a variant of a payload enum.
func (f *funcLower) isVariant(e syntax.Expr) bool {
	e = syntax.Unparen(e)
	if v := f.l.info.Variants[e]; v != nil {
		return v.Enum.HasPayload()
	}
	if call, ok := e.(*syntax.CallExpr); ok {
		if c := f.l.info.Calls[call]; c != nil && c.Kind == types.CallVariant {
			return true
		}
	}
	return false
}

// variantValue lowers a unit variant: a constant of a unit-only enum, or
// the empty struct of a payload enum's variant.
func (l *lowerer) variantValue(v *types.Variant, t types.Type) Expr {
	if !v.Enum.HasPayload() {
		return l.variantRef(v)
	}
	n, _ := t.(*types.Named)
	if n == nil {
		n = v.Enum
	}
	return &CompositeLit{Type: l.variantType(v, n)}
}

// structLitValues lowers the values of a struct literal's fields, a
// shorthand field's name as its value, then its base if it has one, in
// the order of the source.
func (f *funcLower) structLitValues(e *syntax.StructLit) []Expr {
	var exprs []syntax.Expr
	for _, fi := range e.Fields {
		if fi.Value != nil {
			exprs = append(exprs, fi.Value)
		} else {
			exprs = append(exprs, fi.Name)
		}
	}
	if e.Base != nil {
		exprs = append(exprs, e.Base)
	}
	return f.exprList(exprs)
}

// structLit lowers Point { x: 1, y } and Point { x: 1, ..base }.
func (f *funcLower) structLit(e *syntax.StructLit) Expr {
	n, _ := f.l.info.Types[e].(*types.Named)
	if n == nil {
		return f.l.internalError(e, "the struct literal has type %s", f.l.info.Types[e])
	}
	xs := f.structLitValues(e)
	if e.Base != nil {
		// tmp := base; tmp.x = ...: the named fields replace the base's.
		tmp := f.temp("tmp")
		f.emit(&AssignStmt{Pos: f.l.pos(e), Lhs: []Expr{&Ident{Name: tmp}}, Op: ":=", Rhs: []Expr{xs[len(xs)-1]}})
		for i, fi := range e.Fields {
			fld := n.LookupField(fi.Name.Name)
			f.emit(&AssignStmt{Lhs: []Expr{&SelectorExpr{X: &Ident{Name: tmp}, Sel: f.l.fieldName(fld)}}, Op: "=", Rhs: []Expr{xs[i]}})
		}
		return &Ident{Name: tmp}
	}
	lit := &CompositeLit{Type: f.l.named(n)}
	for i, fi := range e.Fields {
		fld := n.LookupField(fi.Name.Name)
		lit.Elts = append(lit.Elts, &KeyValue{Key: &Ident{Name: f.l.fieldName(fld)}, Value: xs[i]})
	}
	return lit
}

// castConstant folds a cast of an integer or float constant to an integer
// type, which Vex defines to wrap (300 as u8 is 44) and to truncate
// floats, while Go rejects such constant conversions: a cast of a literal,
// and a cast of any constant whose value does not fit. It returns nil for
// anything else.
func (l *lowerer) castConstant(x syntax.Expr, to types.Type) Expr {
	b, ok := to.(*types.Basic)
	k, isConst := l.info.Consts[x]
	if !ok || !b.IsInteger() || !isConst {
		return nil
	}
	n := truncate(k.Value)
	if n == nil {
		return nil
	}
	bits := uint(b.Bits())
	mod := new(big.Int).Lsh(big.NewInt(1), bits)
	var wrapped *big.Int
	if types.IsFloat(types.Under(l.info.Types[x])) {
		// A float saturates at the integer type's bounds, as FloatToInt does.
		lo, hi := big.NewInt(0), new(big.Int).Sub(mod, big.NewInt(1))
		if !b.IsUnsigned() {
			hi.Rsh(mod, 1).Sub(hi, big.NewInt(1))
			lo.Neg(new(big.Int).Rsh(mod, 1))
		}
		wrapped = new(big.Int).Set(n)
		if wrapped.Cmp(lo) < 0 {
			wrapped.Set(lo)
		} else if wrapped.Cmp(hi) > 0 {
			wrapped.Set(hi)
		}
	} else {
		wrapped = new(big.Int).Mod(n, mod) // now in [0, 2^bits)
		if !b.IsUnsigned() && wrapped.Cmp(new(big.Int).Rsh(mod, 1)) >= 0 {
			wrapped.Sub(wrapped, mod)
		}
	}
	if !isLiteral(x) && wrapped.Cmp(n) == 0 && k.Value.Kind() == constant.Int {
		return nil // Go converts it as it is
	}
	return &ConvExpr{Type: &NamedType{Name: basicGo[b.Kind]}, X: &Lit{Value: wrapped.String()}}
}

// truncate returns the integer part of an integer or float constant, or
// nil.
func truncate(v constant.Value) *big.Int {
	switch x := constant.Val(v).(type) {
	case int64:
		return big.NewInt(x)
	case *big.Int:
		return x
	case *big.Rat:
		return new(big.Int).Quo(x.Num(), x.Denom())
	case *big.Float:
		n, _ := x.Int(nil)
		return n
	}
	return nil
}

// isLiteral reports whether x is a numeric literal, possibly negated.
func isLiteral(x syntax.Expr) bool {
	if u, ok := x.(*syntax.UnaryExpr); ok && u.Op == syntax.SUB {
		x = u.X
	}
	lit, ok := x.(*syntax.BasicLit)
	return ok && (lit.Kind == syntax.INT || lit.Kind == syntax.FLOAT)
}

// isZero reports whether a float literal is zero.
func (l *lowerer) isZero(lit *syntax.BasicLit) bool {
	k, ok := l.info.Consts[lit]
	return ok && k.Value.Kind() == constant.Float && constant.Sign(k.Value) == 0
}

// isLenCall reports whether x is a call of Go's len or cap.
func isLenCall(x Expr) bool {
	call, ok := x.(*CallExpr)
	if !ok {
		return false
	}
	id, ok := call.Fun.(*Ident)
	return ok && id.Path == "" && (id.Name == "len" || id.Name == "cap")
}
