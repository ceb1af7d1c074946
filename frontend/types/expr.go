package types

import (
	"go/constant"
	gotypes "go/types"
	"strconv"

	"github.com/vexlang/vex2go/frontend/syntax"
)

// record notes the type of e for finalisation and the lowering.
func (c *checker) record(e syntax.Expr, t Type) Type {
	c.info.Types[e] = t
	c.fn.root.exprs = append(c.fn.root.exprs, e)
	return t
}

// addCall records what a call means.
func (c *checker) addCall(e *syntax.CallExpr, call *Call) {
	c.info.Calls[e] = call
	c.fn.root.calls = append(c.fn.root.calls, call)
	if fn, ok := call.Callee.(*FuncObj); ok && call.Kind == CallFunc {
		if e == c.awaitedCall {
			c.useAsync(fn, AwaitedCall)
		} else {
			c.useAsync(fn, OtherUse)
		}
	}
}

// useAsync records a use of fn if it is an async function without a
// receiver.
func (c *checker) useAsync(fn *FuncObj, u AsyncUse) {
	if fn.Async && fn.Recv == RecvNone {
		c.info.AsyncUses[fn] |= u
	}
}

// fresh returns a new inference variable that must be resolved by the end
// of the body; what names it in the diagnostic if it is not.
func (c *checker) fresh(n syntax.Node, what string) *Var {
	v := &Var{}
	c.fn.root.holes = append(c.fn.root.holes, hole{v, n, what})
	return v
}

// assignable checks that a value of type got can be used where want is
// expected, unifying inference variables.
func (c *checker) assignable(got, want Type, n syntax.Node) bool {
	if c.converts(got, want, n) {
		return true
	}
	hint := ""
	if _, isVec := Resolve(want).(*Vec); isVec {
		switch Resolve(got).(type) {
		case *Array:
			hint = " (a fixed array is not a Vec: copy it with Vec.from(a))"
		case *Slice:
			hint = " (a slice is not a Vec: copy it with Vec.from(s))"
		}
	}
	switch g := Resolve(got).(type) {
	case *Option:
		if _, isOpt := Resolve(want).(*Option); !isOpt && unifiable(g.Elem, want) {
			hint = " (handle None: match it, or use ?, ?? or or(d))"
		}
	case *Result:
		if _, isRes := Resolve(want).(*Result); !isRes && unifiable(g.Ok, want) {
			hint = " (handle Err: match it, or use ? or or(d))"
		}
	case *Future:
		if unifiable(g.Elem, want) {
			hint = " (await it)"
		}
	}
	if why := c.goMismatch(got, want); why != "" {
		hint = ": " + why
	}
	c.errorf(n, "mismatched types: expected %s, found %s%s", want, got, hint)
	return false
}

// converts reports whether a value of type got can be used where want is
// expected, unifying inference variables, and records the implicit
// conversion of the expression n that this needs, if any.
func (c *checker) converts(got, want Type, n syntax.Node) bool {
	if e, ok := n.(syntax.Expr); ok && got == NeverType && want != NeverType {
		c.info.Implicit[e] = want // a diverging call that stands for a value
	}
	if want == NeverType && got != NeverType && got != InvalidType {
		return false // no value is a never; only a call that does not return
	}
	w, toSlice := Resolve(want).(*Slice)
	if !toSlice {
		if unify(want, got) || c.satisfies(got, want) || sharesMutRef(got, want) || stringLitAs(n, got, want) || vecRefAsSliceRef(got, want) {
			return true
		}
		if arrayRefAsSliceRef(got, want) {
			if e, ok := n.(syntax.Expr); ok {
				c.info.Implicit[e] = want // &!a of an array passes a view of it
			}
			return true
		}
		if !c.goImplicit(got, want) {
			return false
		}
		if _, boxed := Resolve(want).(*GoAny); boxed {
			if e, ok := n.(syntax.Expr); ok {
				c.info.Implicit[e] = want // a constant keeps its Vex type in the box
			}
		}
		if e, ok := n.(syntax.Expr); ok {
			switch Resolve(got).(type) {
			case *Func:
				if c.goUnder(want) != nil {
					c.info.Implicit[e] = Resolve(want) // a Vex fn as a Go named func type, with Go's results
				}
			case *StdType:
				c.info.Implicit[e] = Resolve(want) // a Vex Context as a context.Context: ctx.GoContext()
			}
		}
		return true
	}
	// A fixed array, or a reference to an array or a Vec, is viewed as a
	// slice; an array literal used so stays a literal: a fixed array that
	// the slice views, unless other uses make it a Vec.
	g := Under(got)
	view := false
	if v := arrayLitVar(g); v != nil {
		if !unify(w.Elem, v.Elem) {
			return false
		}
		view = true
	} else if unify(want, got) || vecAsSlice(got, want) || c.goImplicit(got, want) {
		return true
	} else if a, ok := Resolve(g).(*Array); ok && unify(w.Elem, a.Elem) {
		view = true
	} else {
		view = isRef(got) && vecAsSlice(g, want)
	}
	if view {
		if e, ok := n.(syntax.Expr); ok {
			c.info.Implicit[e] = w
		}
	}
	return view
}

// sharesMutRef reports whether got is a mutable reference &T! used where
// the shared reference &T is expected, which it may stand for, as Rust's
// &mut T does for &T. Both are the same Go pointer.
func sharesMutRef(got, want Type) bool {
	g, ok := Resolve(got).(*Ref)
	if !ok || !g.Mut {
		return false
	}
	w, ok := Resolve(want).(*Ref)
	return ok && !w.Mut && unify(w.Elem, g.Elem)
}

// vecRefAsSliceRef reports whether got is a &Vec<T>! used where &[T]! is
// expected: a Vec is a Go slice, so the pointer is the same.
func vecRefAsSliceRef(got, want Type) bool {
	g, ok := Resolve(got).(*Ref)
	if !ok {
		return false
	}
	w, ok := Resolve(want).(*Ref)
	return ok && g.Mut == w.Mut && vecAsSlice(g.Elem, w.Elem)
}

// arrayRefAsSliceRef reports whether got is a &[T; N]! used where &[T]! is
// expected: the callee gets a slice that views the array.
func arrayRefAsSliceRef(got, want Type) bool {
	g, ok := Resolve(got).(*Ref)
	if !ok || !g.Mut {
		return false
	}
	w, ok := Resolve(want).(*Ref)
	if !ok || !w.Mut {
		return false
	}
	ws, ok := Resolve(w.Elem).(*Slice)
	if !ok {
		return false
	}
	a, ok := fixArray(g.Elem).(*Array)
	return ok && unify(ws.Elem, a.Elem)
}

func isRef(t Type) bool {
	_, ok := Resolve(t).(*Ref)
	return ok
}

// satisfies reports whether got can be used as the contract type want.
func (c *checker) satisfies(got, want Type) bool {
	k, ok := Resolve(want).(*Named)
	if !ok || k.Kind != ContractKind {
		return false
	}
	ok, _ = c.implements(got, k)
	return ok
}

// expr checks e in a value context; hint, when not nil, is the type the
// context expects and guides inference (it is not enforced here).
func (c *checker) expr(s *Scope, e syntax.Expr, hint Type) Type {
	t := c.record(e, c.exprInner(s, e, hint, true))
	c.constant(e) // const.go
	return t
}

// stmtExpr checks an expression whose value is discarded: the branches of
// an if or match used as a statement need not agree on a type.
func (c *checker) stmtExpr(s *Scope, e syntax.Expr) Type {
	t := c.record(e, c.exprInner(s, e, nil, false))
	c.constant(e)
	return t
}

func (c *checker) exprInner(s *Scope, e syntax.Expr, hint Type, value bool) Type {
	switch e := e.(type) {
	case *syntax.BadExpr, *syntax.UnsupportedExpr:
		return InvalidType
	case *syntax.Ident:
		return c.ident(s, e, hint)
	case *syntax.BasicLit:
		return c.basicLit(e, hint)
	case *syntax.BoolLit:
		return Typ[Bool]
	case *syntax.NilLit:
		return c.nilLit(e, hint) // goexpr.go
	case *syntax.FString:
		for _, p := range e.Parts {
			if _, text := p.(*syntax.FStringText); !text {
				c.printable(c.expr(s, p, nil), p)
			}
		}
		return Typ[String]
	case *syntax.ParenExpr:
		return c.expr(s, e.X, hint)
	case *syntax.TupleExpr:
		if len(e.Elems) == 0 {
			return UnitType
		}
		c.tupleSize(e, len(e.Elems))
		var hints []Type
		if ht, ok := Resolve(hint).(*Tuple); ok && len(ht.Elems) == len(e.Elems) {
			hints = ht.Elems
		}
		t := &Tuple{}
		for i, x := range e.Elems {
			var h Type
			if hints != nil {
				h = hints[i]
			}
			t.Elems = append(t.Elems, c.asContract(c.expr(s, x, h), h))
		}
		return t
	case *syntax.UnaryExpr:
		return c.unary(s, e, hint)
	case *syntax.AwaitExpr:
		return c.await(s, e, hint)
	case *syntax.TryExpr:
		return c.try(s, e)
	case *syntax.BinaryExpr:
		return c.binary(s, e, hint)
	case *syntax.CastExpr:
		return c.cast(s, e)
	case *syntax.TernaryExpr:
		c.assignable(Under(c.expr(s, e.Cond, Typ[Bool])), Typ[Bool], e.Cond)
		t := c.expr(s, e.Then, hint)
		c.assignable(c.expr(s, e.Else, t), t, e.Else)
		return t
	case *syntax.CallExpr:
		return c.call(s, e, hint)
	case *syntax.TupleIndexExpr:
		xt := c.expr(s, e.X, nil)
		if ft, ok := c.field(e, xt, strconv.Itoa(e.Index), e); ok {
			return ft
		}
		x := Under(xt)
		if tt, ok := x.(*Tuple); ok {
			if e.Index < len(tt.Elems) {
				return tt.Elems[e.Index]
			}
			c.errorf(e, "tuple %s has no field %d", tt, e.Index)
			return InvalidType
		}
		if x != InvalidType {
			c.errorf(e, "%s is not a tuple", x)
		}
		return InvalidType
	case *syntax.IndexExpr:
		return c.index(s, e)
	case *syntax.ClosureExpr:
		return c.closure(s, e, hint)
	case *syntax.Block:
		return c.block(s, e, hint, value)
	case *syntax.IfExpr:
		return c.ifExpr(s, e, hint, value)
	case *syntax.MatchExpr:
		return c.match(s, e, hint, value)
	case *syntax.LoopExpr:
		return c.loop(s, e, hint)
	case *syntax.RangeExpr:
		c.errorf(e, "a range is only allowed as the iterable of a for loop")
		return InvalidType
	case *syntax.SelectorExpr:
		return c.selector(s, e, hint)
	case *syntax.InstExpr:
		c.errorf(e, "explicit type arguments are only allowed in calls")
		return InvalidType
	case *syntax.SelectExpr:
		return c.selectExpr(s, e, hint, value)
	case *syntax.StructLit:
		return c.structLit(s, e, hint)
	case *syntax.ArrayExpr:
		return c.arrayLit(s, e, hint)
	case *syntax.FStringText:
		return Typ[String]
	}
	c.errorf(e, "unsupported expression")
	return InvalidType
}

func (c *checker) ident(s *Scope, e *syntax.Ident, hint Type) Type {
	obj := s.Lookup(e.Name)
	if obj == nil {
		if v := c.bareVariant(e.Name, e); v != nil {
			return c.variantValue(s, e, v, nil, hint)
		}
		if !c.refuseTypeName(e, e.Name) {
			hint := importHint(e.Name)
			if hint == "" {
				hint = misspelledHint(s, e.Name)
			}
			c.errorf(e, "undefined: %s%s", e.Name, hint)
		}
		return InvalidType
	}
	c.info.Uses[e] = obj
	switch obj := obj.(type) {
	case *Local:
		c.use(obj)
		return obj.Type
	case *Const:
		if obj.Type == nil {
			c.errorf(e, "constant %s is used before its declaration is checked", e.Name)
			return InvalidType
		}
		return obj.Type
	case *FuncObj:
		c.useAsync(obj, OtherUse)
		return obj.Sig
	case *GoObj:
		return c.goValue(e, obj, hint) // goexpr.go
	case *Builtin:
		if obj.ID == None {
			if o, ok := Resolve(hint).(*Option); ok {
				return &Option{Elem: o.Elem}
			}
			return &Option{Elem: c.fresh(e, "None")}
		}
		c.errorf(e, "%s must be called", e.Name)
	case *TypeName:
		if obj.Type != InvalidType { // a name of an import that failed
			c.errorf(e, "%s is a type, not a value", e.Name)
		}
	case *PkgName:
		c.errorf(e, "%s is an imported package, not a value; use its items as %s.name", e.Name, e.Name)
	}
	return InvalidType
}

// use marks a local as read and records it as a capture of every go block
// between the use and the local's declaration.
func (c *checker) use(l *Local) {
	l.Used = true
	for fc := c.fn; fc != nil && fc != l.ctx; fc = fc.outer {
		if fc.goStmt == nil {
			continue
		}
		caps := c.info.Go[fc.goStmt]
		found := false
		for _, x := range caps {
			found = found || x == l
		}
		if !found {
			c.info.Go[fc.goStmt] = append(caps, l)
		}
	}
}

func (c *checker) basicLit(e *syntax.BasicLit, hint Type) Type {
	switch e.Kind {
	case syntax.INT, syntax.FLOAT:
		if e.Suffix != "" {
			b := suffixType(e.Suffix)
			switch {
			case b == nil || !b.IsNumeric():
				c.errorf(e, "invalid literal suffix %s", e.Suffix)
				return InvalidType
			case e.Kind == syntax.FLOAT && !b.IsFloat():
				c.errorf(e, "float literal %s cannot have integer suffix %s", e.Raw, e.Suffix)
				return InvalidType
			}
			c.fn.root.lits = append(c.fn.root.lits, e)
			return b
		}
		v := &Var{Kind: IntLit}
		if e.Kind == syntax.FLOAT {
			v.Kind = FloatLit
		}
		c.fn.root.lits = append(c.fn.root.lits, e)
		if hint != nil && unifiable(v, hint) {
			bind(v, hint)
		}
		return v
	case syntax.CHAR:
		return Typ[Char]
	case syntax.STRING:
		return Typ[String]
	}
	return InvalidType
}

// printable reports values that Display cannot print.
func (c *checker) printable(t Type, n syntax.Node) {
	if t == NeverType {
		c.errorf(n, "this expression never produces a value to print")
	}
}

func (c *checker) unary(s *Scope, e *syntax.UnaryExpr, hint Type) Type {
	switch e.Op {
	case syntax.SUB:
		if lit, ok := e.X.(*syntax.BasicLit); ok {
			c.negated[lit] = e
		}
		t := c.expr(s, e.X, hint)
		if rt, ok := c.unaryOperator(e, t); ok {
			return rt
		}
		if !IsNumeric(Under(t)) && !goOperand(Under(t), syntax.SUB) && t != InvalidType {
			c.errorf(e, "operator - needs a number, not %s", t)
			return InvalidType
		}
		if b, ok := Under(t).(*Basic); ok && b.IsUnsigned() {
			c.errorf(e, "cannot negate unsigned %s", t)
		}
		return Under(t)
	case syntax.NOT:
		t := c.expr(s, e.X, Typ[Bool])
		if rt, ok := c.unaryOperator(e, t); ok {
			return rt
		}
		c.assignable(Under(t), Typ[Bool], e.X)
		return Typ[Bool]
	case syntax.TILDE:
		t := c.expr(s, e.X, hint)
		if !IsInteger(Under(t)) && t != InvalidType {
			c.errorf(e, "operator ~ needs an integer, not %s", t)
			return InvalidType
		}
		return Under(t)
	case syntax.ARROW:
		t := Under(c.expr(s, e.X, nil))
		if ch, ok := t.(*Channel); ok {
			return ch.Elem
		}
		if ch, ok := t.(*GoChan); ok {
			return c.goChanElem(ch, false, e.X)
		}
		if t != InvalidType {
			c.errorf(e.X, "cannot receive from %s: it is not a Channel", t)
		}
		return InvalidType
	case syntax.AND, syntax.ANDMUT:
		var h Type
		r, _ := Resolve(hint).(*Ref)
		if r != nil {
			h = r.Elem
		}
		t := c.expr(s, e.X, h)
		// &f(x), &[1, 2] and &T { ... } point to a temporary, as in Rust.
		// &x where a &T! is expected is &!x, as the Vex compiler takes it;
		// a Go pointer takes a shared reference as it is (gocall.go).
		mut := e.Op == syntax.ANDMUT || r != nil && r.Mut && !IsGoType(r.Elem)
		if mut {
			c.checkMutable(s, e.X, "take a mutable reference to")
		}
		if r, ok := Resolve(t).(*Ref); ok && !c.pointsToGoPointer(e.X, r, hint) {
			t = r.Elem // &r of a reference is the same reference
		}
		return &Ref{Elem: t, Mut: mut}
	case syntax.MUL:
		var h Type
		if hint != nil {
			h = &Ref{Elem: hint}
		}
		t := c.expr(s, e.X, h)
		if r, ok := Resolve(t).(*Ref); ok {
			return r.Elem
		}
		if c.isSharedSelf(e.X) {
			return t // self: &T holds the value
		}
		if t != InvalidType {
			c.errorf(e, "cannot dereference %s: it is not a reference", t)
		}
		return InvalidType
	case syntax.SUMRED, syntax.PRODRED, syntax.MINRED, syntax.MAXRED, syntax.ANDRED, syntax.ORRED:
		return c.reduce(s, e)
	default:
		c.errorf(e, "unsupported operator %s", e.Op)
	}
	c.expr(s, e.X, nil)
	return InvalidType
}

// maxTuple is the most elements a tuple has: vexrt has Tuple2 to Tuple6.
const maxTuple = 6

// tupleSize refuses a tuple of n elements that Go cannot hold.
func (c *checker) tupleSize(n syntax.Node, size int) {
	switch {
	case size == 1:
		c.errorf(n, "a tuple of one element is not supported; use the element itself")
	case size > maxTuple:
		c.errorf(n, "a tuple has at most %d elements, not %d; use a struct", maxTuple, size)
	}
}

// await checks `await X`: allowed in async fns and go blocks.
func (c *checker) await(s *Scope, e *syntax.AwaitExpr, hint Type) Type {
	if !c.fn.async {
		if c.fn.closure {
			c.errorf(e, "await is not allowed in a closure; only in an async fn or a go block")
		} else {
			c.errorf(e, "await is only allowed in an async fn or a go block, and %s is not async", c.fn.name)
		}
	}
	var h Type
	if hint != nil {
		h = &Future{Elem: hint}
	}
	c.awaitedCall, _ = syntax.Unparen(e.X).(*syntax.CallExpr)
	t := Under(c.expr(s, e.X, h))
	if f, ok := t.(*Future); ok {
		return f.Elem
	}
	if t != InvalidType {
		c.errorf(e.X, "cannot await %s: it is not a Future", t)
	}
	return InvalidType
}

// try checks `X?`, which propagates None or Err from the enclosing function.
func (c *checker) try(s *Scope, e *syntax.TryExpr) Type {
	t := Under(c.expr(s, e.X, nil))
	switch t := t.(type) {
	case *Option, *Result:
		if c.fn.goStmt != nil {
			c.errorf(e, "? cannot return from a go block, which returns nothing: match the value, or use or(d)")
			return InvalidType
		}
		if v, ok := Resolve(c.fn.result).(*Var); ok && v.Kind == AnyKind {
			// A closure's result that nothing has decided yet: its other
			// returns may, so ? is checked at the end of the closure.
			c.fn.tries = append(c.fn.tries, pendingTry{e, t})
		} else {
			c.tryResult(e, t)
		}
	}
	switch t := t.(type) {
	case *Option:
		return t.Elem
	case *Result:
		return t.Ok
	}
	if t != InvalidType {
		c.errorf(e, "? needs an Option or a Result, not %s", t)
	}
	return InvalidType
}

// pendingTry is a ? on a value of type t in a closure whose result type
// was not known when the ? was checked.
type pendingTry struct {
	e *syntax.TryExpr
	t Type
}

// tryResult checks that the enclosing function of the ? e on a value of
// type t (an Option or a Result) returns what ? returns early.
func (c *checker) tryResult(e *syntax.TryExpr, t Type) {
	res := Resolve(c.fn.result)
	// ? returns from a closure, which a user may not see as a function of
	// its own.
	from := "the enclosing function"
	if c.fn.closure {
		from = "the enclosing closure"
	}
	switch t := t.(type) {
	case *Option:
		if _, ok := res.(*Option); !ok {
			c.errorf(e, "? on an Option needs %s to return an Option, not %s%s", from, res, c.tryHint("Some", &Option{Elem: res}))
		}
	case *Result:
		if r, ok := res.(*Result); !ok {
			c.errorf(e, "? on a Result needs %s to return a Result, not %s%s", from, res, c.tryHint("Ok", &Result{Ok: res, Err: t.Err}))
		} else if !unify(r.Err, t.Err) {
			c.errorf(e, "? cannot convert error type %s to %s", t.Err, r.Err)
		}
	}
}

// tryHint tells how to make a closure whose result was inferred return
// want, what its ? needs.
func (c *checker) tryHint(wrap string, want Type) string {
	if !c.fn.inferred {
		return ""
	}
	return "; return " + wrap + "(value) from it (its result type may be written: |...|: " + want.String() + " { ... })"
}

func (c *checker) binary(s *Scope, e *syntax.BinaryExpr, hint Type) Type {
	switch e.Op {
	case syntax.LAND, syntax.LOR:
		c.assignable(Under(c.expr(s, e.X, Typ[Bool])), Typ[Bool], e.X)
		c.assignable(Under(c.expr(s, e.Y, Typ[Bool])), Typ[Bool], e.Y)
		return Typ[Bool]
	case syntax.EQL, syntax.NEQ, syntax.LSS, syntax.LEQ, syntax.GTR, syntax.GEQ:
		if t, ok := c.nilCompare(s, e); ok {
			return t // x == nil: goexpr.go
		}
		xt := c.expr(s, e.X, nil)
		if t, ok := c.binaryOperator(s, e, xt); ok {
			return t
		}
		x := Under(xt)
		y := Under(c.expr(s, e.Y, x))
		if !c.sameOperands(e, x, y) {
			return Typ[Bool]
		}
		if e.Op != syntax.EQL && e.Op != syntax.NEQ && !ordered(x) {
			c.errorf(e, "operator %s is not defined on %s", e.Op, x)
		} else if !comparable(x) && !equatable(x) && !comparableThroughRefs(x) {
			c.errorf(e, "%s values cannot be compared", x)
		}
		return Typ[Bool]
	case syntax.SHL, syntax.SHR:
		x := Under(c.expr(s, e.X, hint))
		y := Under(c.expr(s, e.Y, nil))
		if !IsInteger(x) && x != InvalidType {
			c.errorf(e.X, "shifted operand must be an integer, not %s", x)
		}
		if !IsInteger(y) && y != InvalidType {
			c.errorf(e.Y, "shift count must be an integer, not %s", y)
		}
		c.shiftCount(e.X, x, e.Y)
		return x
	case syntax.QQ, syntax.RESCUE:
		x := Under(c.expr(s, e.X, optionHint(hint)))
		switch xt := x.(type) {
		case *Option:
			c.assignable(c.expr(s, e.Y, xt.Elem), xt.Elem, e.Y)
			return xt.Elem
		case *Result:
			if e.Op == syntax.RESCUE {
				c.assignable(c.expr(s, e.Y, &Func{Params: []Type{xt.Err}, Result: xt.Ok}), &Func{Params: []Type{xt.Err}, Result: xt.Ok}, e.Y)
				return xt.Ok
			}
		}
		c.expr(s, e.Y, nil)
		if x != InvalidType {
			c.errorf(e.X, "operator %s needs an Option on the left, not %s", e.Op, x)
		}
		return InvalidType
	}
	// Arithmetic, bitwise and vector operators: both sides have one type,
	// but for the count of a rotation.
	xt := c.expr(s, e.X, hint)
	if t, ok := c.binaryOperator(s, e, xt); ok {
		return t
	}
	x := Under(xt)
	var yHint Type = x
	if rotation(e.Op) {
		yHint = nil
	}
	y := Under(c.expr(s, e.Y, yHint))
	if t, ok := c.arrayOperands(e, x, y); ok {
		return t
	}
	if vectorOperator(e.Op) {
		return c.vectorScalars(e, x, y)
	}
	if !c.sameOperands(e, x, y) {
		return InvalidType
	}
	t := Resolve(x)
	if stringLitAs(e.X, x, y) {
		t = Resolve(y) // "v" + version is a version, as in Go
	}
	if goOperand(t, e.Op) {
		return t // time.Duration arithmetic: goexpr.go
	}
	switch e.Op {
	case syntax.ADD:
		if t == Typ[String] || IsNumeric(t) {
			return t
		}
	case syntax.SUB, syntax.MUL, syntax.QUO, syntax.REM, syntax.POW:
		if IsNumeric(t) {
			if e.Op == syntax.QUO || e.Op == syntax.REM {
				_, xConst := c.info.Consts[e.X]
				c.divisor(e.Y, t, xConst)
			}
			return t
		}
	case syntax.AND, syntax.OR, syntax.XOR:
		if t == Typ[Bool] {
			return t
		}
		if IsInteger(t) {
			return t
		}
	}
	if t != InvalidType {
		c.errorf(e, "operator %s is not defined on %s", e.Op, t)
	}
	return InvalidType
}

// divisor refuses a constant zero y as the divisor of a value of type t,
// as Go does when t is an integer type or the dividend x is a constant
// too: a float variable divided by zero is an infinity.
func (c *checker) divisor(y syntax.Expr, t Type, xConst bool) {
	// A conversion of a constant is a constant to Go.
	for {
		if p, ok := y.(*syntax.ParenExpr); ok {
			y = p.X
		} else if cast, ok := y.(*syntax.CastExpr); ok {
			y = cast.X
		} else {
			break
		}
	}
	k, ok := c.info.Consts[y]
	if !ok || (k.Value.Kind() != constant.Int && k.Value.Kind() != constant.Float) || constant.Sign(k.Value) != 0 {
		return
	}
	if xConst || IsInteger(t) {
		c.errorf(y, "division by zero")
	}
}

func optionHint(hint Type) Type {
	if hint == nil {
		return nil
	}
	return &Option{Elem: hint}
}

// sameOperands unifies the operand types of a binary operation.
func (c *checker) sameOperands(e *syntax.BinaryExpr, x, y Type) bool {
	if x == InvalidType || y == InvalidType {
		return false
	}
	if unify(x, y) || stringLitAs(e.Y, y, x) || stringLitAs(e.X, x, y) {
		return true
	}
	c.errorf(e, "mismatched types %s and %s in %s%s", x, y, e.Op, operandHint(x, y))
	return false
}

func ordered(t Type) bool {
	t = Resolve(t)
	if b := goBasicUnder(t); b != nil {
		return b.Kind != Bool
	}
	if tp, ok := t.(*TypeParam); ok {
		return hasBound(tp, OrdContract)
	}
	return IsNumeric(t) || t == Typ[String] || t == Typ[Char] || t == DurationType
}

func comparable(t Type) bool {
	switch t := Resolve(t).(type) {
	case *Basic, *Var, *Channel, *Future, *Duration, *GoChan, *GoError, *GoAny:
		return true
	case *GoNamed:
		return gotypes.Comparable(t.Obj.Type())
	case *TypeParam:
		return hasBound(t, EqContract)
	case *Named:
		switch t.Kind {
		case StructKind:
			for _, f := range t.Generic().Fields {
				if !comparable(t.FieldType(f)) {
					return false
				}
			}
			return true
		case EnumKind:
			for _, v := range t.Generic().Variants {
				for _, ft := range t.VariantFields(v) {
					if !comparable(ft) {
						return false
					}
				}
			}
			return true
		}
	case *Option:
		return comparable(t.Elem)
	case *Result:
		return comparable(t.Ok) && comparable(t.Err)
	case *Tuple:
		for _, e := range t.Elems {
			if !comparable(e) {
				return false
			}
		}
		return true
	}
	return false
}

func (c *checker) cast(s *Scope, e *syntax.CastExpr) Type {
	to := c.typeIn(s, e.Type)
	x := c.expr(s, e.X, c.funcHint(to))
	from := Under(x)
	if from == InvalidType || to == InvalidType {
		return to
	}
	if c.goConvertible(x, to) || c.goConvertible(from, to) {
		return to // goexpr.go
	}
	ok := false
	switch f := Resolve(from).(type) {
	case *Var:
		ok = f.Kind != ArrayLit && (IsNumeric(to) || f.Kind == IntLit && to == Typ[Char])
	case *Basic:
		switch {
		case f.IsNumeric():
			ok = IsNumeric(to) || (f.IsInteger() && to == Typ[Char])
		case f.Kind == Char:
			ok = IsInteger(to) || to == Typ[Char]
		case f.Kind == Bool:
			ok = IsInteger(to) || to == Typ[Bool]
		}
	}
	if !ok {
		c.errorf(e, "cannot cast %s to %s", from, to)
	}
	return to
}

// shiftCount refuses a constant count of x << n that Go refuses (a
// negative one) or go vet reports (one of x's bits or more, which makes
// 0 or -1), as Rust refuses both: xe is the shifted operand, of type x.
func (c *checker) shiftCount(xe syntax.Expr, x Type, ne syntax.Expr) {
	k, ok := c.info.Consts[ne]
	if !ok || k.Value.Kind() != constant.Int {
		return
	}
	if constant.Sign(k.Value) < 0 {
		c.errorf(ne, "shift count %s is negative", k.Value)
		return
	}
	if _, isConst := c.info.Consts[xe]; isConst || c.fn == nil {
		return // Go's constant arithmetic shifts constants
	}
	c.fn.root.finals = append(c.fn.root.finals, func() {
		t := Resolve(Under(x))
		if v, ok := t.(*Var); ok && v.Kind == IntLit {
			t = i64T // what nothing else decides
		}
		b, ok := t.(*Basic)
		if !ok || !b.IsInteger() {
			return
		}
		if n, exact := constant.Int64Val(k.Value); !exact || n >= int64(b.Bits()) {
			c.errorf(ne, "shift count %s is not less than the %d bits of %s", k.Value, b.Bits(), b)
		}
	})
}

func (c *checker) selector(s *Scope, e *syntax.SelectorExpr, hint Type) Type {
	if obj, ok := c.qualified(s, e); ok {
		if g, isGo := obj.(*GoObj); isGo {
			return c.goValue(e, g, hint) // goexpr.go
		}
		return c.qualifiedValue(e, obj) // qualified.go
	}
	if t, ok := c.stdSelector(s, e); ok {
		return t // Ordering.SeqCst outside an atomic operation: stdlib.go
	}
	if tn, n, targs := c.userType(s, e.X); tn != nil {
		if n != nil && n.Kind == EnumKind {
			if v := n.LookupVariant(e.Sel.Name); v != nil {
				return c.variantValue(s, e, v, targs, hint)
			}
			c.errorf(e.Sel, "%s has no variant %s", n.Obj.Name(), e.Sel.Name)
			return InvalidType
		}
		if b, ok := tn.Type.(*Basic); ok && n == nil {
			if k := limits[limitKey{b.Kind, e.Sel.Name}]; k != nil {
				// i64.MAX, i64::MAX in Rust.
				c.info.Uses[e.Sel] = k
				c.info.Consts[e] = Constant{limitValue(b.Kind, e.Sel.Name), Isize}
				return b
			}
			hint := ""
			if b.IsInteger() {
				hint = " (its constants are MIN and MAX)"
			}
			c.errorf(e.Sel, "%s has no constant %s%s", b, e.Sel.Name, hint)
			return InvalidType
		}
		if tn.Go != nil {
			// lib.Color.Blue: Go names a constant with its package only.
			pkg := ""
			if q, ok := e.X.(*syntax.SelectorExpr); ok {
				pkg = exprString(q.X) + "."
			}
			if k, ok := tn.Go.Obj.Pkg().Scope().Lookup(e.Sel.Name).(*gotypes.Const); ok && k.Exported() {
				c.errorf(e, "%s has no member %s; Go names the constant with its package: %s%s", exprString(e.X), e.Sel.Name, pkg, e.Sel.Name)
			} else {
				c.errorf(e.Sel, "%s has no member %s", exprString(e.X), e.Sel.Name)
			}
			return InvalidType
		}
		c.errorf(e, "%s.%s must be called", tn.Name(), e.Sel.Name)
		return InvalidType
	}
	xt := c.expr(s, e.X, nil)
	if ref := guardRef(xt); ref != nil {
		// A field of the value that a lock guard protects: stdlib.go.
		if ft, ok := c.field(e, ref, e.Sel.Name, e); ok {
			c.info.Types[e.X] = ref
			return ft
		}
	}
	if ft, ok := c.field(e, xt, e.Sel.Name, e); ok {
		return ft
	}
	if ft, ok := c.goSelector(e, xt); ok {
		return ft // a field or method of a Go value: goexpr.go
	}
	t := Under(xt)
	if _, _, ok := c.userMethod(t, e.Sel.Name); ok {
		c.errorf(e, "method %s must be called", e.Sel.Name)
		return InvalidType
	}
	if t != InvalidType {
		if lookupMethod(t, e.Sel.Name) != nil {
			c.errorf(e, "method %s must be called", e.Sel.Name)
		} else if notYetKnown(t) {
			c.errorf(e.X, "the type of %s is not known where its field %s is read: annotate it (a closure parameter as |x: T|)", exprString(e.X), e.Sel.Name)
		} else {
			hint := ""
			if vex := vexSpelling(e.Sel.Name, func(name string) bool {
				_, _, ok := c.userMethod(t, name)
				return ok || lookupMethod(t, name) != nil
			}); vex != "" {
				hint = "; did you mean " + vex + "()?"
			}
			c.errorf(e.Sel, "%s has no field or method %s%s", t, e.Sel.Name, hint)
		}
	}
	return InvalidType
}

// closure checks a closure; the hint's function type supplies omitted
// parameter types.
func (c *checker) closure(s *Scope, e *syntax.ClosureExpr, hint Type) Type {
	ht, _ := Resolve(hint).(*Func)
	if u, ok := c.goUnder(hint).(*Func); ok {
		ht = u // a Go named func type: let h: http.HandlerFunc = |w, r| ...
	}
	if ht != nil && len(ht.Params) != len(e.Params) {
		ht = nil
	}
	sig := &Func{}
	inner := NewScope(s)
	fc := &funcCtx{outer: c.fn, root: c.fn.root, name: c.fn.name, closure: true}
	saved := c.fn
	c.fn = fc
	c.distinctParams(e.Params)
	for i, p := range e.Params {
		var t Type
		switch {
		case p.Type != nil:
			t = c.typeIn(s, p.Type)
			c.checkNoCopy(t, p.Type, "parameter "+p.Name.Name) // goexpr.go
			if ht != nil {
				c.assignable(ht.Params[i], t, p)
			}
		case ht != nil:
			t = ht.Params[i]
		default:
			t = c.fresh(p, "parameter "+p.Name.Name)
		}
		sig.Params = append(sig.Params, t)
		c.declareLocal(inner, p.Name, t, p.Mut, true)
	}
	switch {
	case e.Result != nil:
		sig.Result = c.typeIn(s, e.Result)
	case ht != nil:
		sig.Result = ht.Result
	default:
		sig.Result = c.fresh(e, "the closure's result")
		fc.inferred = true
	}
	fc.result = sig.Result
	if b, ok := e.Body.(*syntax.Block); ok {
		if _, hasValue := BlockValue(b); !hasValue && !terminates(b, c.info) {
			c.assignable(UnitType, sig.Result, b)
		}
		c.body(inner, b, sig.Result, "closure")
	} else {
		c.assignable(c.expr(inner, e.Body, sig.Result), sig.Result, e.Body)
	}
	for _, p := range fc.tries {
		if v, ok := Resolve(sig.Result).(*Var); ok && v.Kind == AnyKind {
			// Only ? decides the result: an Option or a Result of the
			// same error type, of a value type that stays to infer.
			switch t := p.t.(type) {
			case *Option:
				unify(v, &Option{Elem: c.fresh(e, "the value of the closure's Option")})
			case *Result:
				unify(v, &Result{Ok: c.fresh(e, "the value of the closure's Result"), Err: t.Err})
			}
		}
		c.tryResult(p.e, p.t)
	}
	c.fn = saved
	return sig
}

// isSharedSelf reports whether x is the receiver of a method declared
// self: &T, which holds the value itself, so that *self is self.
func (c *checker) isSharedSelf(x syntax.Expr) bool {
	id, ok := syntax.Unparen(x).(*syntax.Ident)
	return ok && c.fn != nil && c.fn.root.sharedSelf != nil && c.info.Uses[id] == Object(c.fn.root.sharedSelf)
}

// asContract returns the contract type want for t when want is a
// contract that t satisfies: Some(Sq { .. }) where an Option<Shape> is
// expected is an Option<Shape>, as a tuple (Sq { .. }, 1) is a (Shape,
// i64). The lowering converts the value, since Go infers vexrt.Some's type
// argument from it.
func (c *checker) asContract(t, want Type) Type {
	if k, ok := Resolve(want).(*Named); ok && k.Kind == ContractKind && !Identical(t, want) && c.satisfies(t, want) {
		return want
	}
	return t
}
