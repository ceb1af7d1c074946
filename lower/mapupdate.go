package lower

import (
	"go/constant"
	"go/token"

	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// This file lowers the update of a Map value with one hash lookup. The
// statement
//
//	m.set(k, (m.tryGet(k) ?? d) + x)
//
// looks k up twice, in tryGet and in set; vexrt's Map.Entry returns a
// pointer to the value of k, adding k with the zero value if it is
// missing, so the update is
//
//	p, ok := m.Entry(k)
//	if !ok {
//		*p = d
//	}
//	*p += x
//
// without the test when d is the zero value, and *p++ for + 1. The operator
// may be any of + - * & | ^ (not / or %, which may panic after Entry added
// k), the Map value may stand on either side of it (*p = x - *p), and
// insert is set. Since Entry adds k before x and d are evaluated, where
// Vex evaluates them first, they must be names, constants, fields and
// operators on them that cannot panic or change m; the two receivers and
// the two keys must be the same variable, field or constant.

// updateOps are the operators of an update, with their Go spelling.
var updateOps = map[syntax.Token]string{
	syntax.ADD: "+", syntax.SUB: "-", syntax.MUL: "*",
	syntax.AND: "&", syntax.OR: "|", syntax.XOR: "^",
}

// mapUpdate lowers the statement e if it is such an update, and reports
// whether it was.
func (f *funcLower) mapUpdate(e syntax.Expr) bool {
	info := f.l.info
	call, ok := syntax.Unparen(e).(*syntax.CallExpr)
	if !ok || len(call.Args) != 2 {
		return false
	}
	c := info.Calls[call]
	if c == nil || c.Kind != types.CallMethod || c.Builtin() != types.MapSet && c.Builtin() != types.MapInsert {
		return false
	}
	recv := call.Fun.(*syntax.SelectorExpr).X
	key := call.Args[0]
	bin, ok := syntax.Unparen(call.Args[1]).(*syntax.BinaryExpr)
	if !ok || updateOps[bin.Op] == "" {
		return false
	}
	op := updateOps[bin.Op]
	// One side is the Map's value, tryGet(k) ?? d; the other the operand.
	valueLeft := true
	def := f.lookupDefault(bin.X, recv, key)
	if def == nil {
		valueLeft = false
		def = f.lookupDefault(bin.Y, recv, key)
	}
	operand := bin.Y
	if !valueLeft {
		operand = bin.X
	}
	if def == nil || !f.inert(operand) || !f.inert(def) || !f.inert(key) {
		return false
	}

	pos := f.l.pos(e)
	m := f.deref(recv, f.expr(recv))
	k := f.expr(key)
	d := f.expr(def)
	x := f.expr(operand)
	p := f.temp("p")
	ptr := &UnaryExpr{Op: "*", X: &Ident{Name: p}}
	found := "_"
	zero := f.l.isZeroConst(def)
	if !zero {
		found = f.flag("ok")
	}
	f.emit(&AssignStmt{Pos: pos, Lhs: []Expr{&Ident{Name: p}, &Ident{Name: found}}, Op: ":=", Rhs: []Expr{method(m, "Entry", k)}})
	if !zero {
		f.emit(&IfStmt{Cond: not(&Ident{Name: found}), Then: &Block{Stmts: []Stmt{
			&AssignStmt{Lhs: []Expr{ptr}, Op: "=", Rhs: []Expr{d}},
		}}})
	}
	switch {
	case !valueLeft:
		f.emit(&AssignStmt{Lhs: []Expr{ptr}, Op: "=", Rhs: []Expr{&BinaryExpr{Op: op, X: x, Y: ptr}}})
	case (op == "+" || op == "-") && f.isOne(operand) && types.IsNumeric(info.Types[operand]):
		f.emit(&AssignStmt{Lhs: []Expr{ptr}, Op: op + op})
	default:
		f.emit(&AssignStmt{Lhs: []Expr{ptr}, Op: op + "=", Rhs: []Expr{x}})
	}
	return true
}

// lookupDefault returns d if e is recv.tryGet(key) ?? d, and nil otherwise.
func (f *funcLower) lookupDefault(e, recv, key syntax.Expr) syntax.Expr {
	qq, ok := syntax.Unparen(e).(*syntax.BinaryExpr)
	if !ok || qq.Op != syntax.QQ {
		return nil
	}
	call, ok := syntax.Unparen(qq.X).(*syntax.CallExpr)
	if !ok || len(call.Args) != 1 {
		return nil
	}
	c := f.l.info.Calls[call]
	if c == nil || c.Kind != types.CallMethod || c.Builtin() != types.MapTryGet {
		return nil
	}
	if !f.same(call.Fun.(*syntax.SelectorExpr).X, recv) || !f.same(call.Args[0], key) {
		return nil
	}
	return qq.Y
}

// same reports whether a and b denote the same variable, field of it, or
// constant value.
func (f *funcLower) same(a, b syntax.Expr) bool {
	info := f.l.info
	a, b = syntax.Unparen(a), syntax.Unparen(b)
	if ka, ok := info.Consts[a]; ok {
		kb, ok := info.Consts[b]
		return ok && ka.Value.Kind() == kb.Value.Kind() && ka.Value.Kind() != constant.Unknown &&
			constant.Compare(ka.Value, token.EQL, kb.Value) && types.Identical(info.Types[a], info.Types[b])
	}
	switch a := a.(type) {
	case *syntax.Ident:
		b, ok := b.(*syntax.Ident)
		if !ok {
			return false
		}
		obj := info.Uses[a]
		switch obj.(type) {
		case *types.Local, *types.Const:
			return obj == info.Uses[b]
		}
	case *syntax.SelectorExpr:
		b, ok := b.(*syntax.SelectorExpr)
		return ok && info.Fields[a] != nil && info.Fields[a] == info.Fields[b] && f.same(a.X, b.X)
	}
	return false
}

// inert reports whether evaluating e can neither panic nor change a Map:
// it reads variables, fields and constants with operators that cannot
// panic.
func (f *funcLower) inert(e syntax.Expr) bool {
	info := f.l.info
	if _, ok := info.Consts[e]; ok {
		return true
	}
	switch e := e.(type) {
	case *syntax.ParenExpr:
		return f.inert(e.X)
	case *syntax.Ident:
		switch info.Uses[e].(type) {
		case *types.Local, *types.Const:
			return true
		}
	case *syntax.SelectorExpr:
		return info.Fields[e] != nil && f.inert(e.X)
	case *syntax.TupleIndexExpr:
		return f.inert(e.X)
	case *syntax.UnaryExpr:
		switch e.Op {
		case syntax.SUB, syntax.NOT, syntax.TILDE:
			return f.inert(e.X)
		}
	case *syntax.BinaryExpr:
		switch e.Op {
		case syntax.ADD, syntax.SUB, syntax.MUL, syntax.AND, syntax.OR, syntax.XOR,
			syntax.EQL, syntax.NEQ, syntax.LSS, syntax.LEQ, syntax.GTR, syntax.GEQ, syntax.LAND, syntax.LOR:
			_, basic := types.Under(info.Types[e.X]).(*types.Basic)
			return basic && f.inert(e.X) && f.inert(e.Y)
		}
	}
	return false
}

// isOne reports whether e is the constant 1.
func (f *funcLower) isOne(e syntax.Expr) bool {
	k, ok := f.l.info.Consts[e]
	return ok && k.Value.Kind() == constant.Int && constant.Compare(k.Value, token.EQL, constant.MakeInt64(1))
}
