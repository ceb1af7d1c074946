package types

import (
	"slices"

	"github.com/vexlang/vex2go/frontend/syntax"
)

// BlockValue returns the expression that gives a block its value: the last
// statement when it is an expression without an explicit semicolon.
func BlockValue(b *syntax.Block) (syntax.Expr, bool) {
	if len(b.Stmts) == 0 {
		return nil, false
	}
	es, ok := b.Stmts[len(b.Stmts)-1].(*syntax.ExprStmt)
	if !ok || es.Semi {
		return nil, false
	}
	return es.X, true
}

// blockResult returns the expression that gives e its value: e itself, or
// the value of a block, of the block's value, and so on.
func blockResult(e syntax.Expr) syntax.Expr {
	for {
		b, ok := e.(*syntax.Block)
		if !ok {
			return e
		}
		v, ok := BlockValue(b)
		if !ok {
			return e
		}
		e = v
	}
}

// block checks a block. With value set, the block's value is its last
// expression statement (unit without one).
func (c *checker) block(s *Scope, b *syntax.Block, hint Type, value bool) Type {
	inner := NewScope(s)
	valueExpr, hasValue := BlockValue(b)
	var t Type = UnitType
	for _, st := range b.Stmts {
		if value && hasValue && st == b.Stmts[len(b.Stmts)-1] {
			t = c.expr(inner, valueExpr, hint)
			c.record(valueExpr, t)
			continue
		}
		c.stmt(inner, st)
	}
	if value && !hasValue && (terminates(b, c.info) || endsInBranch(b)) {
		return NeverType
	}
	return t
}

// endsInBranch reports whether b ends in break or continue, so that its
// value, as an arm's or a branch's, is never produced.
func endsInBranch(b *syntax.Block) bool {
	if len(b.Stmts) == 0 {
		return false
	}
	switch b.Stmts[len(b.Stmts)-1].(type) {
	case *syntax.BreakStmt, *syntax.ContinueStmt:
		return true
	}
	return false
}

func (c *checker) stmt(s *Scope, st syntax.Stmt) {
	switch st := st.(type) {
	case *syntax.BadStmt:
	case *syntax.ExprStmt:
		c.droppedExpr(s, st.X)
	case *syntax.LetStmt:
		c.let(s, st)
	case *syntax.AssignStmt:
		c.assign(s, st)
	case *syntax.SendStmt:
		ch := Under(c.expr(s, st.Chan, nil))
		if gc, ok := ch.(*GoChan); ok {
			elem := c.goChanElem(gc, true, st.Chan)
			c.assignable(c.expr(s, st.Value, elem), elem, st.Value)
			return
		}
		ct, ok := ch.(*Channel)
		if !ok {
			c.expr(s, st.Value, nil)
			if ch != InvalidType {
				c.errorf(st.Chan, "cannot send on %s: it is not a Channel", ch)
			}
			return
		}
		c.send(s, ct, st.Value)
	case *syntax.ReturnStmt:
		c.ret(s, st)
	case *syntax.BreakStmt:
		l := c.loopFor(st, st.Label, "break")
		if st.Value != nil {
			switch {
			case l == nil:
				c.expr(s, st.Value, nil)
			case !l.isLoop:
				c.expr(s, st.Value, nil)
				c.errorf(st.Value, "break with a value is only allowed in loop, not in while or for")
			default:
				c.assignable(c.expr(s, st.Value, l.result), l.result, st.Value)
			}
		} else if l != nil && l.isLoop {
			c.assignable(UnitType, l.result, st)
		}
		if l != nil {
			l.hasBreak = true
		}
	case *syntax.ContinueStmt:
		c.loopFor(st, st.Label, "continue")
	case *syntax.DeferStmt:
		if _, ok := st.Call.(*syntax.CallExpr); !ok {
			c.errorf(st.Call, "defer needs a function call")
		}
		c.droppedExpr(s, st.Call)
	case *syntax.GoStmt:
		c.goStmt(s, st)
	case *syntax.WhileStmt:
		inner := NewScope(s)
		if st.Pat != nil {
			c.letPattern(s, inner, st.Pat, st.Cond, "while")
		} else {
			c.assignable(Under(c.expr(s, st.Cond, Typ[Bool])), Typ[Bool], st.Cond)
		}
		c.loopBody(inner, labelName(st.Label), false, st.Body)
	case *syntax.ForStmt:
		c.forStmt(s, st)
	case *syntax.DeclStmt:
		switch d := st.Decl.(type) {
		case *syntax.ConstDecl:
			obj := &Const{object: object{d.Name.Name, d.Name.Pos()}, Decl: d, Local: true}
			c.constDecl(obj, s)
			s.Insert(obj)
			c.info.Defs[d.Name] = obj
		case *syntax.FuncDecl:
			c.errorf(d.Name, "nested functions are not supported; use a closure: let %s = |...| { ... }", d.Name.Name)
		default:
			c.errorf(d, "%s is only allowed at top level", declKind(d))
		}
	default:
		c.errorf(st, "unsupported statement")
	}
}

// droppedExpr checks e, whose value is dropped: an expression statement, a
// deferred call, the arm of a match or select statement. A dropped future
// that has not started draws a warning, since its body never runs.
func (c *checker) droppedExpr(s *Scope, e syntax.Expr) {
	t := c.stmtExpr(s, e)
	if _, ok := Resolve(t).(*Future); ok && c.isLazyFuture(e) {
		c.diags.Warnf(e.Pos(), "future is never awaited: its body never runs (await it, spawn it, or start it with go)")
	}
}

// isLazyFuture reports whether e builds a future that nothing starts.
func (c *checker) isLazyFuture(e syntax.Expr) bool {
	call, ok := e.(*syntax.CallExpr)
	if !ok {
		return false
	}
	info := c.info.Calls[call]
	if info == nil {
		return false
	}
	switch callee := info.Callee.(type) {
	case *FuncObj:
		return (info.Kind == CallFunc || info.Kind == CallMethod) && callee.Async
	case *Builtin: // sleep, timeout, join_all, context.runIn, context.delay
		return callee.ID != Spawn
	}
	return false
}

func (c *checker) send(s *Scope, ct *Channel, v syntax.Expr) {
	t := c.expr(s, v, ct.Elem)
	if !unify(ct.Elem, t) {
		c.errorf(v, "cannot send %s on %s", t, ct)
	}
}

func (c *checker) let(s *Scope, st *syntax.LetStmt) {
	var want Type
	if st.Type != nil {
		want = c.typeIn(s, st.Type)
	}
	var t Type
	switch {
	case st.Value != nil:
		t = c.expr(s, st.Value, want)
		if want != nil {
			c.assignable(t, want, st.Value)
			t = want
		}
		c.checkLockCopy(st.Value, t) // goexpr.go
	case want != nil:
		t = want
	default:
		c.errorf(st, "let without a value needs a type: let x: T")
		t = InvalidType
	}
	switch p := st.Pat.(type) {
	case *syntax.IdentPat:
		l := c.declareLocal(s, p.Name, t, st.Mut, false)
		l.LateInit = st.Value == nil
		c.info.Pats[p] = t
		c.fn.root.pats = append(c.fn.root.pats, p)
	case *syntax.WildcardPat:
		c.info.Pats[p] = t
		c.fn.root.pats = append(c.fn.root.pats, p)
	default:
		if st.Value == nil {
			c.errorf(st.Pat, "a destructuring let needs a value")
		}
		if !irrefutable(p, t, c) {
			c.errorf(st.Pat, "refutable pattern in let; use if let or match")
		}
		c.patternMut(s, st.Pat, t, st.Mut)
		c.checkDuplicateBindings(st.Pat)
	}
}

// isTupleElem reports whether e is an element of a tuple, t.0, directly
// or through a reference.
func (c *checker) isTupleElem(e syntax.Expr) bool {
	ti, ok := e.(*syntax.TupleIndexExpr)
	if !ok {
		return false
	}
	t := Resolve(c.info.Types[ti.X])
	if r, isRef := t.(*Ref); isRef {
		t = Resolve(r.Elem)
	}
	_, isTuple := Under(t).(*Tuple)
	return isTuple
}

// checkPlace reports an assignment to the field or tuple element e that
// changes nothing a variable holds, mk().x = v (Go refuses it), or that
// the variable holding it does not allow.
func (c *checker) checkPlace(s *Scope, e syntax.Expr) {
	for x := e; ; {
		var inner syntax.Expr
		switch y := x.(type) {
		case *syntax.ParenExpr:
			x = y.X
			continue
		case *syntax.SelectorExpr:
			inner = y.X
		case *syntax.TupleIndexExpr:
			inner = y.X
		case *syntax.IndexExpr:
			inner = y.X
		case *syntax.Ident:
			c.checkMutable(s, e, "assign to")
			return
		case *syntax.UnaryExpr:
			if y.Op == syntax.MUL { // (*r).x: through the reference r
				c.checkMutable(s, e, "assign to")
				return
			}
			c.errorf(e, "cannot assign to a field of a temporary value")
			return
		default:
			c.errorf(e, "cannot assign to a field of a temporary value")
			return
		}
		if _, isRef := Resolve(c.info.Types[inner]).(*Ref); isRef {
			c.checkMutable(s, e, "assign to") // written through the reference
			return
		}
		x = inner
	}
}

// mutableLocal reports an assignment with op to the local l, named by id,
// that l's declaration does not allow.
func (c *checker) mutableLocal(id *syntax.Ident, l *Local, op syntax.Token) {
	switch {
	case !l.Mut && l.Param:
		c.errorf(id, "cannot assign to parameter %s; declare it %s! to make it mutable", id.Name, id.Name)
	case !l.Mut && !l.LateInit:
		c.errorf(id, "cannot assign to %s: it is declared with let; use let! to make it mutable", id.Name)
	case !l.Mut && op != syntax.ASSIGN:
		c.errorf(id, "cannot update %s: it is declared with let; use let! to make it mutable", id.Name)
	}
}

func (c *checker) assign(s *Scope, st *syntax.AssignStmt) {
	var want Type
	// through reports an assignment of a value through a shared reference;
	// an assignment of a reference to a variable or field of reference
	// type points it elsewhere instead (rebind), as in Rust.
	var through func()
	var rebind func(t Type)
	switch lhs := st.Target().(type) {
	case *syntax.Ident:
		obj := s.Lookup(lhs.Name)
		c.info.Uses[lhs] = obj
		switch obj := obj.(type) {
		case nil:
			c.errorf(lhs, "undefined: %s", lhs.Name)
		case *Local:
			if r, ok := Resolve(obj.Type).(*Ref); ok {
				// Assignment through a reference changes what it points to.
				through = func() {
					if !r.Mut {
						c.errorf(lhs, "cannot assign through %s: it is a shared reference %s (use &T!)", lhs.Name, r)
					}
				}
				rebind = func(t Type) {
					c.mutableLocal(lhs, obj, st.Op)
					c.captureWrite(obj)
					c.assignable(t, obj.Type, st.Rhs)
				}
				c.use(obj)
				want = r.Elem
				break
			}
			c.mutableLocal(lhs, obj, st.Op)
			if st.Op != syntax.ASSIGN {
				c.use(obj)
			} else {
				c.captureWrite(obj)
			}
			want = obj.Type
		default:
			c.errorf(lhs, "cannot assign to %s", lhs.Name)
		}
		if want != nil {
			c.record(lhs, c.info.Uses[lhs].(*Local).Type)
		}
	case *syntax.SelectorExpr, *syntax.TupleIndexExpr:
		want = c.expr(s, lhs, nil)
		if g := c.goPackageVar(lhs); g != nil {
			c.errorf(lhs, "cannot assign to %s: assigning a Go package variable is not supported", goName(g.Obj))
			want = nil
			break
		}
		if _, isField := c.info.Fields[lhs]; !isField && !c.isGoField(lhs) && !c.isTupleElem(lhs) {
			if want != InvalidType {
				c.errorf(lhs, "cannot assign to this expression")
			}
			want = nil
			break
		}
		if r, ok := Resolve(want).(*Ref); ok {
			// A field of reference type: the assignment writes through it.
			through = func() {
				if !r.Mut {
					c.errorf(lhs, "cannot assign through %s: it is a shared reference %s (use &T!)", exprString(lhs), r)
				}
			}
			rebind = func(t Type) {
				c.checkPlace(s, lhs)
				c.assignable(t, r, st.Rhs)
			}
			want = r.Elem
			break
		}
		c.checkPlace(s, lhs)
	case *syntax.IndexExpr:
		want = c.assignIndex(s, lhs, st.Op)
	case *syntax.UnaryExpr:
		if lhs.Op != syntax.MUL {
			c.errorf(st.Lhs, "cannot assign to this expression")
			c.expr(s, st.Lhs, nil)
			break
		}
		// *r = v writes through the reference r, as r = v does.
		rt := c.expr(s, lhs.X, nil)
		r, ok := Resolve(rt).(*Ref)
		switch {
		case ok && r.Mut:
			want = r.Elem
			c.record(lhs, r.Elem)
		case ok:
			c.errorf(lhs, "cannot assign through %s: it is a shared reference %s (use &T!)", exprString(lhs.X), r)
		case c.isSharedSelf(lhs.X):
			c.errorf(lhs, "cannot assign through %s: it is a shared reference &%s (use &T!)", exprString(lhs.X), rt)
		case rt != InvalidType:
			c.errorf(lhs, "cannot dereference %s: it is not a reference", rt)
		}
	default:
		c.errorf(st.Lhs, "cannot assign to this expression yet")
		c.expr(s, st.Lhs, nil)
	}
	if want == nil {
		c.expr(s, st.Rhs, nil)
		return
	}
	t := c.expr(s, st.Rhs, want)
	if through != nil {
		if _, isRef := Resolve(t).(*Ref); isRef && st.Op == syntax.ASSIGN {
			rebind(t)
			return
		}
		through()
	}
	if r, isRef := Resolve(t).(*Ref); isRef && st.Op != syntax.ASSIGN {
		t = r.Elem // n += m reads through m, as n + m does
	}
	switch st.Op {
	case syntax.ASSIGN:
		c.assignable(t, want, st.Rhs)
	case syntax.SHL_ASSIGN, syntax.SHR_ASSIGN:
		if !IsInteger(want) || !IsInteger(t) {
			c.errorf(st, "operator %s needs integers", st.Op)
		}
		c.shiftCount(st.Target(), want, st.Rhs)
	default:
		if c.assignOperator(st, want, t) || c.arrayAssign(st, want, t) {
			return
		}
		if !c.assignable(t, want, st.Rhs) {
			return
		}
		w := Resolve(want)
		ok := IsNumeric(w) || (st.Op == syntax.ADD_ASSIGN && w == Typ[String])
		if st.Op == syntax.AND_ASSIGN || st.Op == syntax.OR_ASSIGN || st.Op == syntax.XOR_ASSIGN {
			ok = IsInteger(w) || w == Typ[Bool]
		}
		if !ok {
			c.errorf(st, "operator %s is not defined on %s", st.Op, want)
		}
		if st.Op == syntax.QUO_ASSIGN || st.Op == syntax.REM_ASSIGN {
			c.divisor(st.Rhs, w, false)
		}
	}
}

// captureWrite records a go block's assignment to a captured local: the go
// block works on its own copy, so the copy must exist.
func (c *checker) captureWrite(l *Local) {
	used := l.Used
	c.use(l)
	l.Used = used
}

func (c *checker) ret(s *Scope, st *syntax.ReturnStmt) {
	want := c.fn.result
	if c.fn.goStmt != nil {
		if st.Result != nil {
			c.errorf(st.Result, "a go block cannot return a value")
			c.expr(s, st.Result, nil)
		}
		return
	}
	if st.Result == nil && want != NeverType {
		if !unify(want, UnitType) {
			c.errorf(st, "missing return value: %s returns %s", c.fn.what(), want)
		}
		return
	}
	if want == NeverType {
		c.errorf(st, "%s returns never: it cannot return", c.fn.what())
		if st.Result != nil {
			c.expr(s, st.Result, nil)
		}
		return
	}
	t := c.expr(s, st.Result, want)
	if !c.converts(t, want, st.Result) {
		c.errorf(st.Result, "cannot return %s from %s: it returns %s", t, c.fn.what(), want)
	}
}

func labelName(id *syntax.Ident) string {
	if id == nil {
		return ""
	}
	return id.Name
}

// loopFor finds the loop a break or continue refers to.
func (c *checker) loopFor(n syntax.Node, label *syntax.Ident, what string) *loopCtx {
	loops := c.fn.loops
	if len(loops) == 0 {
		c.errorf(n, "%s outside a loop", what)
		return nil
	}
	if label == nil {
		return loops[len(loops)-1]
	}
	for i := len(loops) - 1; i >= 0; i-- {
		if loops[i].label == label.Name {
			return loops[i]
		}
	}
	c.errorf(label, "%s label %s is not the label of an enclosing loop", what, label.Name)
	return nil
}

func (c *checker) loopBody(s *Scope, label string, isLoop bool, body *syntax.Block) *loopCtx {
	l := &loopCtx{label: label, isLoop: isLoop}
	if isLoop {
		l.result = c.fresh(body, "the loop's break value")
	}
	c.fn.loops = append(c.fn.loops, l)
	c.block(s, body, nil, false)
	c.fn.loops = c.fn.loops[:len(c.fn.loops)-1]
	return l
}

func (c *checker) loop(s *Scope, e *syntax.LoopExpr, hint Type) Type {
	l := &loopCtx{label: labelName(e.Label), isLoop: true, result: hint}
	if hint == nil {
		l.result = &Var{}
	}
	c.fn.loops = append(c.fn.loops, l)
	c.block(s, e.Body, nil, false)
	c.fn.loops = c.fn.loops[:len(c.fn.loops)-1]
	if !l.hasBreak {
		return NeverType
	}
	if v, free := Resolve(l.result).(*Var); free && v.Kind == AnyKind {
		v.bound = UnitType
	}
	return l.result
}

func (c *checker) forStmt(s *Scope, st *syntax.ForStmt) {
	inner := NewScope(s)
	var elem Type = InvalidType
	if r, ok := syntax.Unparen(st.X).(*syntax.RangeExpr); ok {
		if r.Lo == nil || r.Hi == nil {
			c.errorf(r, "a for loop over a range needs both bounds")
			return
		}
		lo := Under(c.expr(s, r.Lo, nil))
		hi := Under(c.expr(s, r.Hi, lo))
		if unify(lo, hi) && (IsInteger(lo) || lo == InvalidType) {
			if v, ok := Resolve(lo).(*Var); ok && v.Kind == IntLit {
				elem = lo
			} else {
				elem = lo
			}
		} else {
			c.errorf(r, "range bounds must be integers of one type, not %s and %s", lo, hi)
		}
		c.record(r, elem)
	} else {
		x := Under(c.expr(s, st.X, nil))
		switch x := x.(type) {
		case *Channel:
			elem = x.Elem
		case *Basic:
			if x == Typ[String] {
				elem = Typ[Char]
			} else if x != InvalidType {
				c.errorf(st.X, "cannot iterate over %s", x)
			}
		default:
			elem = c.iterElem(st.X, x)
		}
	}
	switch p := st.Pat.(type) {
	case *syntax.IdentPat:
		c.declareLocal(inner, p.Name, elem, false, false)
		c.info.Pats[p] = elem
		c.fn.root.pats = append(c.fn.root.pats, p)
	case *syntax.WildcardPat:
		c.info.Pats[p] = elem
		c.fn.root.pats = append(c.fn.root.pats, p)
	default:
		c.forPattern(inner, st.Pat, elem)
	}
	c.loopBody(inner, labelName(st.Label), false, st.Body)
}

func (c *checker) goStmt(s *Scope, st *syntax.GoStmt) {
	if st.Call != nil {
		if _, ok := st.Call.(*syntax.CallExpr); !ok {
			c.errorf(st.Call, "go needs a function call or a block")
		}
		c.stmtExpr(s, st.Call)
		return
	}
	fc := &funcCtx{outer: c.fn, root: c.fn.root, name: "go block", result: UnitType, async: true, goStmt: st}
	saved := c.fn
	c.fn = fc
	c.block(s, st.Body, nil, false)
	c.fn = saved
	if _, ok := c.info.Go[st]; !ok {
		c.info.Go[st] = nil
	}
	c.checkLockCaptures(st) // goexpr.go
}

// letPattern checks the pattern p of an if let or while let (keyword) and
// the value x that it matches, declaring p's bindings in inner. Rust's let
// chains, if let P = x && cond, parse as a pattern matched against a
// bool; Vex has none, and says so once: the conditions after the first
// && are checked with p's bindings, so the body draws no further errors.
func (c *checker) letPattern(s, inner *Scope, p syntax.Pattern, x syntax.Expr, keyword string) {
	var conds []syntax.Expr
	switch p.(type) {
	case *syntax.LitPat, *syntax.IdentPat, *syntax.WildcardPat:
		// A pattern that can match a bool: if let true = a && b.
		c.wholePattern(inner, p, c.expr(s, x, nil))
		return
	}
	for {
		b, ok := x.(*syntax.BinaryExpr)
		if !ok || b.Op != syntax.LAND {
			break
		}
		conds = append(conds, b.Y)
		x = b.X
	}
	c.wholePattern(inner, p, c.expr(s, x, nil))
	if len(conds) > 0 {
		c.errorf(conds[len(conds)-1], "%s let cannot be chained with &&: test the condition inside the body, or match with a guard (pattern if condition => ...)", keyword)
	}
	for _, cond := range slices.Backward(conds) {
		c.expr(inner, cond, Typ[Bool])
	}
}

func (c *checker) ifExpr(s *Scope, e *syntax.IfExpr, hint Type, value bool) Type {
	thenScope := NewScope(s)
	if e.Pat != nil {
		c.letPattern(s, thenScope, e.Pat, e.Cond, "if")
	} else {
		c.assignable(Under(c.expr(s, e.Cond, Typ[Bool])), Typ[Bool], e.Cond)
	}
	if !value {
		c.record(e.Then, c.block(thenScope, e.Then, nil, false))
		if e.Else != nil {
			c.stmtExpr(s, e.Else)
		}
		return UnitType
	}
	t := c.record(e.Then, c.block(thenScope, e.Then, hint, true))
	if e.Else == nil {
		if !unify(t, UnitType) {
			c.errorf(e, "if without else has no value when the condition is false")
		}
		return UnitType
	}
	if t == NeverType {
		return c.expr(s, e.Else, hint)
	}
	// Where the context expects a type, each branch converts to it as any
	// value does: a struct to a contract it satisfies, say.
	if hint != nil && !unifiable(hint, t) && c.converts(t, hint, blockResult(e.Then)) {
		t = hint
	}
	et := c.expr(s, e.Else, t)
	switch {
	case unify(t, et):
	case hint != nil && t == hint:
		c.assignable(et, hint, blockResult(e.Else))
	default:
		c.errorf(e.Else, "if and else have different types: %s and %s", t, et)
	}
	if et == NeverType {
		return t
	}
	return t
}

// terminates reports whether a statement list never completes normally,
// following the Go spec's terminating statements.
func terminates(b *syntax.Block, info *Info) bool {
	if len(b.Stmts) == 0 {
		return false
	}
	switch st := b.Stmts[len(b.Stmts)-1].(type) {
	case *syntax.ReturnStmt:
		return true
	case *syntax.ExprStmt:
		return exprTerminates(st.X, info)
	}
	return false
}

func exprTerminates(e syntax.Expr, info *Info) bool {
	switch e := e.(type) {
	case *syntax.CallExpr:
		// panic, todo, unreachable and the functions that return never
		return info.Types[e] == NeverType
	case *syntax.Block:
		return terminates(e, info)
	case *syntax.IfExpr:
		if e.Else == nil || !terminates(e.Then, info) {
			return false
		}
		return exprTerminates(e.Else, info)
	case *syntax.MatchExpr:
		for _, a := range e.Arms {
			if !exprTerminates(a.Body, info) {
				return false
			}
		}
		return len(e.Arms) > 0
	case *syntax.LoopExpr:
		return !hasBreak(e.Body, e.Label)
	}
	return false
}

// hasBreak reports whether body contains a break that leaves the loop.
func hasBreak(body *syntax.Block, label *syntax.Ident) bool {
	found := false
	depth := 0
	var visit func(n syntax.Node) bool
	visit = func(n syntax.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *syntax.BreakStmt:
			if (n.Label == nil && depth == 0) || (n.Label != nil && label != nil && n.Label.Name == label.Name) {
				found = true
			}
		case *syntax.ClosureExpr, *syntax.GoStmt:
			return false
		case *syntax.LoopExpr, *syntax.WhileStmt, *syntax.ForStmt:
			depth++
			syntax.Inspect(loopBodyOf(n), visit)
			depth--
			return false
		}
		return true
	}
	for _, st := range body.Stmts {
		syntax.Inspect(st, visit)
	}
	return found
}

func loopBodyOf(n syntax.Node) syntax.Node {
	switch n := n.(type) {
	case *syntax.LoopExpr:
		return n.Body
	case *syntax.WhileStmt:
		return n.Body
	case *syntax.ForStmt:
		return n.Body
	}
	return n
}
