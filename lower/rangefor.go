package lower

import (
	"go/constant"
	"go/token"

	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// rangeFor lowers for x in lo..hi (or lo..=hi) to a counting Go loop,
// for x := lo; x < hi; x++ (or x <= hi).
//
// x <= hi holds for every x when hi is the greatest value of x's type:
// x++ wraps and the loop never ends. So an inclusive range counts that way
// only when hi is known to be below that value; otherwise the loop stops
// after its iteration at hi, and a continue checks for it first (branch):
//
//	if hi >= lo {
//		for x := lo; ; x++ {
//			...
//			if x == hi {
//				break
//			}
//		}
//	}
//
// The guard goes when lo is the type's least value or hi its greatest. Both
// forms compare once an iteration.
func (f *funcLower) rangeFor(s *syntax.ForStmt, r *syntax.RangeExpr, local *types.Local) {
	elem := types.Under(f.l.info.Types[r])
	lo := f.typedExpr(r.Lo, elem)
	hi := f.expr(r.Hi)
	blk, close := f.open()
	name := "_"
	if local != nil {
		name = f.declare(local)
	}
	if name == "_" {
		name = f.temp("i")
	}
	fs := &ForStmt{Pos: f.l.pos(s), Post: &AssignStmt{Lhs: []Expr{&Ident{Name: name}}, Op: "++"}}
	li := f.pushLoop(s.Label, &fs.Label)
	if !r.Inclusive || f.l.belowMax(r.Hi, elem) {
		if !f.unchanging(r.Hi, hi) {
			end := f.temp("end")
			fs.Init = define([]string{name, end}, lo, hi)
			hi = &Ident{Name: end}
		} else {
			fs.Init = define([]string{name}, lo)
		}
		op := "<"
		if r.Inclusive {
			op = "<="
		}
		fs.Cond = &BinaryExpr{Op: op, X: &Ident{Name: name}, Y: hi}
		if local != nil {
			f.unused(local, name)
		}
		f.stmts(s.Body.Stmts)
		f.popLoop()
		close()
		fs.Body = blk
		f.emit(fs)
		return
	}

	guarded := !f.l.atLeast(r.Lo, elem) && !f.l.atMost(r.Hi, elem) && !f.l.constOrdered(r.Lo, r.Hi)
	var names []string
	var values []Expr
	if guarded && !f.unchanging(r.Lo, lo) {
		start := f.temp("start")
		names, values = append(names, start), append(values, lo)
		lo = &Ident{Name: start}
	}
	if !f.unchanging(r.Hi, hi) {
		end := f.temp("end")
		names, values = append(names, end), append(values, hi)
		hi = &Ident{Name: end}
	}
	var guard *IfStmt
	if guarded {
		guard = &IfStmt{Pos: fs.Pos, Cond: &BinaryExpr{Op: "<=", X: lo, Y: hi}}
		fs.Pos = Pos{} // the guard's line directive positions the loop too
		if _, isConst := f.l.untyped(syntax.Unparen(r.Lo)); isConst {
			guard.Cond = &BinaryExpr{Op: ">=", X: hi, Y: f.expr(r.Lo)} // n >= 1, not int64(1) <= n
		}
		if names != nil {
			guard.Init = define(names, values...)
		}
		fs.Init = define([]string{name}, lo)
	} else {
		fs.Init = define(append([]string{name}, names...), append([]Expr{lo}, values...)...)
	}
	checked := false
	li.last = func() Expr {
		checked = true
		return &BinaryExpr{Op: "==", X: &Ident{Name: name}, Y: hi}
	}
	f.stmts(s.Body.Stmts)
	if !goTerminates(blk.Stmts) {
		f.emit(&IfStmt{Cond: li.last(), Then: &Block{Stmts: []Stmt{&BranchStmt{Tok: "break"}}}})
	}
	f.popLoop()
	close()
	if !checked && (local == nil || !local.Used) {
		// The body never reaches its end nor continues: the loop runs at
		// most once, and Go asks that its counter be used.
		blk.Stmts = append([]Stmt{&AssignStmt{Lhs: []Expr{&Ident{Name: "_"}}, Op: "=", Rhs: []Expr{&Ident{Name: name}}}}, blk.Stmts...)
	}
	fs.Body = blk
	if guard != nil {
		guard.Then = &Block{Stmts: []Stmt{fs}}
		f.emit(guard)
		return
	}
	f.emit(fs)
}

// define returns names := values.
func define(names []string, values ...Expr) *AssignStmt {
	lhs := make([]Expr, len(names))
	for i, n := range names {
		lhs[i] = &Ident{Name: n}
	}
	return &AssignStmt{Lhs: lhs, Op: ":=", Rhs: values}
}

// unchanging reports whether x, the lowered e, reads the same value each time
// it is evaluated: a constant, or a local that is never assigned, which a
// loop's condition may read again on every iteration.
func (f *funcLower) unchanging(e syntax.Expr, x Expr) bool {
	if _, ok := f.l.intConst(e); ok {
		return true
	}
	if _, ok := x.(*Lit); ok {
		return true
	}
	id, ok := syntax.Unparen(e).(*syntax.Ident)
	if !ok || !isIdent(x) {
		return false
	}
	local, ok := f.l.info.Uses[id].(*types.Local)
	return ok && !local.Mut
}

// intConst returns the value of e if it is an integer constant: a constant
// expression, or the name of a const declared with one.
func (l *lowerer) intConst(e syntax.Expr) (constant.Value, bool) {
	e = syntax.Unparen(e)
	for {
		id, ok := e.(*syntax.Ident)
		if !ok {
			break
		}
		c, ok := l.info.Uses[id].(*types.Const)
		if !ok || c.Decl == nil {
			break
		}
		e = syntax.Unparen(c.Decl.Value)
	}
	k, ok := l.info.Consts[e]
	if !ok || k.Value.Kind() != constant.Int {
		return nil, false
	}
	return k.Value, true
}

// intBounds returns the least and the greatest value of the integer type t
// (or char). isize and usize are Go's int and uint, 32 or 64 bits wide by
// platform: wide picks the bounds of the 64-bit form, else of the 32-bit one.
func intBounds(t types.Type, wide bool) (least, greatest constant.Value, ok bool) {
	b, ok := types.Under(t).(*types.Basic)
	if !ok {
		return nil, nil, false
	}
	bits, signed := 0, false
	switch b.Kind {
	case types.I8, types.U8:
		bits = 8
	case types.I16, types.U16:
		bits = 16
	case types.I32, types.U32:
		bits = 32
	case types.I64, types.U64:
		bits = 64
	case types.Isize, types.Usize:
		bits = 32
		if wide {
			bits = 64
		}
	case types.Char:
		return constant.MakeInt64(0), constant.MakeInt64(0x10FFFF), true
	default:
		return nil, nil, false
	}
	switch b.Kind {
	case types.I8, types.I16, types.I32, types.I64, types.Isize:
		signed = true
	}
	one := constant.MakeInt64(1)
	if signed {
		greatest = constant.BinaryOp(constant.Shift(one, token.SHL, uint(bits-1)), token.SUB, one)
		return constant.UnaryOp(token.SUB, constant.BinaryOp(greatest, token.ADD, one), 0), greatest, true
	}
	greatest = constant.BinaryOp(constant.Shift(one, token.SHL, uint(bits)), token.SUB, one)
	return constant.MakeInt64(0), greatest, true
}

// belowMax reports whether the value of e, of the integer type t, is less
// than t's greatest value on every platform, so that a loop counting in t
// can step past it: a constant below it, or a conversion from a type whose
// every value converts to one below it.
func (l *lowerer) belowMax(e syntax.Expr, t types.Type) bool {
	least, greatest, ok := intBounds(t, false)
	if !ok {
		return false
	}
	if v, ok := l.intConst(e); ok {
		return constant.Compare(v, token.LSS, greatest)
	}
	if c, ok := syntax.Unparen(e).(*syntax.CastExpr); ok {
		from, to, ok := intBounds(l.info.Types[c.X], true)
		return ok && constant.Compare(to, token.LSS, greatest) && constant.Compare(from, token.GEQ, least)
	}
	return false
}

// atLeast reports whether e is a constant equal to the least value of the
// integer type t: lo <= hi holds for every hi.
func (l *lowerer) atLeast(e syntax.Expr, t types.Type) bool {
	least, _, ok := intBounds(t, true)
	v, isConst := l.intConst(e)
	return ok && isConst && constant.Compare(v, token.EQL, least)
}

// constOrdered reports whether lo and hi are constants and lo <= hi, which
// needs no check at run time.
func (l *lowerer) constOrdered(lo, hi syntax.Expr) bool {
	x, loConst := l.intConst(lo)
	y, hiConst := l.intConst(hi)
	return loConst && hiConst && constant.Compare(x, token.LEQ, y)
}

// atMost reports whether e is a constant equal to the greatest value of
// the integer type t: lo <= hi holds for every lo.
func (l *lowerer) atMost(e syntax.Expr, t types.Type) bool {
	_, greatest, ok := intBounds(t, true)
	v, isConst := l.intConst(e)
	return ok && isConst && constant.Compare(v, token.EQL, greatest)
}
