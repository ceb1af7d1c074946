package lower

import (
	"go/constant"
	"strconv"

	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// This file lowers array arithmetic and the vector operators. A tree of
// element-wise operations on fixed arrays becomes one loop that writes
// each element of the result, as a Go programmer writes it, with no copy
// and no allocation:
//
//	var c [3]float64
//	for i := range c {
//		c[i] = a[i]*2.0 + b[i]
//	}
//
// The operands that are not element-wise operations themselves are
// evaluated once, in order, before the loop. On scalars, <? and >? are
// Go's min and max, +| and -| vexrt.SatAdd and vexrt.SatSub, and <<< and
// >>> the rotations of math/bits. The reductions are vexrt functions of
// the elements as a slice.

const bitsPath = "math/bits"

// elementwiseOps are the operators that work element by element on fixed
// arrays.
var elementwiseOps = map[syntax.Token]bool{
	syntax.ADD: true, syntax.SUB: true, syntax.MUL: true, syntax.QUO: true,
	syntax.VMIN: true, syntax.VMAX: true, syntax.SATADD: true, syntax.SATSUB: true,
	syntax.VSHL: true, syntax.VSHR: true,
}

// isArrayOp reports whether e is an element-wise operation on fixed
// arrays, which lowers to a loop.
func (l *lowerer) isArrayOp(e syntax.Expr) bool {
	b, ok := syntax.Unparen(e).(*syntax.BinaryExpr)
	if !ok || !elementwiseOps[b.Op] {
		return false
	}
	_, isArr := l.info.Types[b].(*types.Array)
	return isArr
}

// arrayOp lowers an element-wise operation on fixed arrays into a new
// array variable and returns it.
func (f *funcLower) arrayOp(e syntax.Expr) Expr {
	tmp := f.temp("tmp")
	f.emit(&VarStmt{Name: tmp, Type: f.l.typ(f.l.info.Types[e])})
	f.arrayInto(e, &Ident{Name: tmp})
	return &Ident{Name: tmp}
}

// arrayInto lowers an element-wise operation on fixed arrays to a loop
// that writes each element of target, an array variable. Element i of the
// result depends on element i of the operands only, so target may be one
// of them.
func (f *funcLower) arrayInto(e syntax.Expr, target Expr) {
	i := &Ident{Name: f.flag("i")}
	elem := f.elemExpr(syntax.Unparen(e).(*syntax.BinaryExpr), i)
	f.emit(&RangeStmt{Pos: f.l.pos(e), Key: i.Name, X: target, Body: &Block{Stmts: []Stmt{
		&AssignStmt{Lhs: []Expr{&IndexExpr{X: target, Index: i}}, Op: "=", Rhs: []Expr{elem}},
	}}})
}

// arrayAssign lowers a += b or a *= k on a fixed array to a loop that
// updates each element of target, the array's place, in turn.
func (f *funcLower) arrayAssign(s *syntax.AssignStmt, op syntax.Token, arr *types.Array, target Expr) {
	i := &Ident{Name: f.flag("i")}
	y := f.elemOperand(s.Rhs, i)
	elem := f.l.vectorOp(op, &IndexExpr{X: target, Index: i}, y, arr.Elem, elemOf(types.Under(f.l.info.Types[s.Rhs])), f.isUntyped(s.Rhs))
	f.emit(&RangeStmt{Pos: f.l.pos(s), Key: i.Name, X: target, Body: &Block{Stmts: []Stmt{
		&AssignStmt{Lhs: []Expr{&IndexExpr{X: target, Index: i}}, Op: "=", Rhs: []Expr{elem}},
	}}})
}

// elemExpr returns element i of the element-wise operation e.
func (f *funcLower) elemExpr(e *syntax.BinaryExpr, i Expr) Expr {
	x := f.elemOperand(e.X, i)
	y := f.elemOperand(e.Y, i)
	return f.l.vectorOp(e.Op, x, y, elemOf(f.l.info.Types[e]), elemOf(types.Under(f.l.info.Types[e.Y])), f.isUntyped(e.Y))
}

// elemOperand returns element i of an operand of an element-wise
// operation: of a nested operation, of an array, which is evaluated once
// before the loop, or a scalar, which is broadcast.
func (f *funcLower) elemOperand(e syntax.Expr, i Expr) Expr {
	if f.l.isArrayOp(e) {
		return f.elemExpr(syntax.Unparen(e).(*syntax.BinaryExpr), i)
	}
	t := f.l.info.Types[e]
	if _, isArr := types.Under(t).(*types.Array); isArr {
		// Go indexes a pointer to an array as the array.
		return &IndexExpr{X: f.stable(f.expr(e)), Index: i}
	}
	return f.stable(f.deref(e, f.expr(e)))
}

// stable returns x itself when reading it again is free and has no effect,
// or else a temporary holding it.
func (f *funcLower) stable(x Expr) Expr {
	if _, ok := x.(*Lit); ok || isStable(x) {
		return x
	}
	return f.once(x, "tmp")
}

// isStable reports whether x is a variable, a field of one or what a
// pointer variable points to: reading or assigning it again has no effect
// but its own.
func isStable(x Expr) bool {
	switch y := x.(type) {
	case *Ident:
		return y.Path == ""
	case *SelectorExpr:
		return isStable(y.X)
	case *UnaryExpr:
		return y.Op == "*" && isIdent(y.X)
	}
	return false
}

// isUntyped reports whether e lowers to an untyped Go constant, which
// takes the type of the other operand, or converts to int as a count.
func (f *funcLower) isUntyped(e syntax.Expr) bool {
	_, ok := f.l.untyped(e)
	return ok
}

func elemOf(t types.Type) types.Type {
	if a, ok := t.(*types.Array); ok {
		return a.Elem
	}
	return t
}

// vectorOp combines x and y, scalars of type t and, for a rotation count,
// yt, with the operator op.
func (l *lowerer) vectorOp(op syntax.Token, x, y Expr, t, yt types.Type, untypedY bool) Expr {
	switch op {
	case syntax.VMIN:
		return &CallExpr{Fun: &Ident{Name: "min"}, Args: []Expr{x, y}}
	case syntax.VMAX:
		return &CallExpr{Fun: &Ident{Name: "max"}, Args: []Expr{x, y}}
	case syntax.SATADD:
		return &CallExpr{Fun: rt("SatAdd"), Args: []Expr{x, y}}
	case syntax.SATSUB:
		return &CallExpr{Fun: rt("SatSub"), Args: []Expr{x, y}}
	case syntax.VSHL, syntax.VSHR:
		return rotate(x, t, y, yt, untypedY, op == syntax.VSHR)
	}
	return &BinaryExpr{Op: binaryOps[op], X: x, Y: y}
}

// rotations are the rotations of math/bits for each width.
var rotations = map[int]string{8: "RotateLeft8", 16: "RotateLeft16", 32: "RotateLeft32", 64: "RotateLeft64"}

// rotate rotates the bits of x, an integer of type t, left by n, of type
// nt, or right when right is set. math/bits rotates unsigned integers by
// an int count, modulo the width; a signed x is rotated as the unsigned
// integer of its width.
func rotate(x Expr, t types.Type, n Expr, nt types.Type, untypedN, right bool) Expr {
	b, _ := t.(*types.Basic)
	if b == nil {
		b = types.Typ[types.I64]
	}
	fn, ut := rotations[b.Bits()], "uint"+strconv.Itoa(b.Bits())
	if b.Kind == types.Isize || b.Kind == types.Usize {
		fn, ut = "RotateLeft", "uint"
	}
	if nb, ok := nt.(*types.Basic); !untypedN && (!ok || nb.Kind != types.Isize) {
		n = &ConvExpr{Type: &NamedType{Name: "int"}, X: n}
	}
	if right {
		n = &UnaryExpr{Op: "-", X: n}
	}
	if !b.IsUnsigned() {
		x = &ConvExpr{Type: &NamedType{Name: ut}, X: x}
	}
	var r Expr = &CallExpr{Fun: &Ident{Path: bitsPath, Name: fn}, Args: []Expr{x, n}}
	if !b.IsUnsigned() {
		r = &ConvExpr{Type: &NamedType{Name: basicGo[b.Kind]}, X: r}
	}
	return r
}

// vectorScalars lowers a vector operator between two scalars: a <? b,
// a +| b, a <<< n, ...
func (f *funcLower) vectorScalars(e *syntax.BinaryExpr) Expr {
	t := f.l.info.Types[e]
	xs := f.exprList([]syntax.Expr{e.X, e.Y})
	x, y := f.deref(e.X, xs[0]), f.deref(e.Y, xs[1])
	yt := types.Under(f.l.info.Types[e.Y])
	if e.Op == syntax.VSHL || e.Op == syntax.VSHR {
		x = f.typed(e.X, x, t)
		if k, ok := f.l.info.Consts[e.X]; ok && constant.Sign(k.Value) < 0 {
			x = f.once(x, "tmp") // Go converts no negative constant to an unsigned type
		}
	} else if _, untypedX := f.l.untyped(e.X); untypedX && f.isUntyped(e.Y) {
		x = f.typed(e.X, x, t) // Go takes the type of the other operand, when there is one
	}
	return f.l.vectorOp(e.Op, x, y, t, yt, f.isUntyped(e.Y))
}

// reductionFuncs are the vexrt functions of the reductions.
var reductionFuncs = map[syntax.Token]string{
	syntax.SUMRED: "Sum", syntax.PRODRED: "Product", syntax.MINRED: "Min", syntax.MAXRED: "Max",
	syntax.ANDRED: "All", syntax.ORRED: "Any",
}

// reduce lowers a reduction of the elements of an array, a slice or a Vec.
// The sum or product of an element-wise operation is one loop:
//
//	var sum float64
//	for i := range 8 {
//		sum += x[i] * y[i]
//	}
func (f *funcLower) reduce(e *syntax.UnaryExpr) Expr {
	if at, ok := f.l.info.Types[e.X].(*types.Array); ok && f.l.isArrayOp(e.X) && (e.Op == syntax.SUMRED || e.Op == syntax.PRODRED) {
		acc := &Ident{Name: f.temp("sum")}
		op, init := "+=", Stmt(&VarStmt{Name: acc.Name, Type: f.l.typ(at.Elem)})
		if e.Op == syntax.PRODRED {
			acc.Name = f.temp("product")
			op, init = "*=", &VarStmt{Name: acc.Name, Type: f.l.typ(at.Elem), Value: &Lit{Value: "1"}}
		}
		f.emit(init)
		i := &Ident{Name: f.flag("i")}
		elem := f.elemExpr(syntax.Unparen(e.X).(*syntax.BinaryExpr), i)
		f.emit(&RangeStmt{Pos: f.l.pos(e), Key: i.Name, X: &Lit{Value: strconv.FormatInt(at.Len, 10)}, Body: &Block{Stmts: []Stmt{
			&AssignStmt{Lhs: []Expr{acc}, Op: op, Rhs: []Expr{elem}},
		}}})
		return acc
	}
	x := f.value(e.X)
	if at, ok := types.Under(f.l.info.Types[e.X]).(*types.Array); ok {
		x = f.place(x) // a variable, for the loop or the slice of it
		if r := f.reduceArray(e.Op, x, at); r != nil {
			return r
		}
	}
	return &CallExpr{Fun: rt(reductionFuncs[e.Op]), Args: []Expr{f.sliceOf(x, types.Under(f.l.info.Types[e.X]))}}
}

// reduceArray lowers the sum, product, minimum or maximum of the fixed
// array a (a variable) to the loop a Go programmer writes, or returns nil:
//
//	least := a[0]
//	for _, v := range a[1:] {
//		least = min(least, v)
//	}
func (f *funcLower) reduceArray(op syntax.Token, a Expr, at *types.Array) Expr {
	v := &Ident{Name: f.flag("v")}
	var acc *Ident
	var update Expr
	from := a
	switch op {
	case syntax.SUMRED, syntax.PRODRED:
		acc = &Ident{Name: f.temp("sum")}
		init := &VarStmt{Name: acc.Name, Type: f.l.typ(at.Elem)}
		upd := "+="
		if op == syntax.PRODRED {
			acc.Name = f.temp("product")
			init = &VarStmt{Name: acc.Name, Type: f.l.typ(at.Elem), Value: &Lit{Value: "1"}}
			upd = "*="
		}
		f.emit(init, &RangeStmt{Value: v.Name, X: a, Body: &Block{Stmts: []Stmt{
			&AssignStmt{Lhs: []Expr{acc}, Op: upd, Rhs: []Expr{v}},
		}}})
		return acc
	case syntax.MINRED, syntax.MAXRED:
		if at.Len == 0 {
			return nil // vexrt ends the program with its message
		}
		acc, update = &Ident{Name: f.temp("least")}, &Ident{Name: "min"}
		if op == syntax.MAXRED {
			acc.Name, update = f.temp("greatest"), &Ident{Name: "max"}
		}
		from = &SliceExpr{X: a, Lo: &Lit{Value: "1"}}
	default:
		return nil
	}
	f.emit(&AssignStmt{Lhs: []Expr{acc}, Op: ":=", Rhs: []Expr{&IndexExpr{X: a, Index: &Lit{Value: "0"}}}},
		&RangeStmt{Value: v.Name, X: from, Body: &Block{Stmts: []Stmt{
			&AssignStmt{Lhs: []Expr{acc}, Op: "=", Rhs: []Expr{&CallExpr{Fun: update, Args: []Expr{acc, v}}}},
		}}})
	return acc
}

// operator lowers a call of an operator method: x.add(y), x.neg(),
// x.index(i), !x.equal(y) for a != that calls op==.
func (f *funcLower) operator(call *types.OperatorCall, recv syntax.Expr, args ...syntax.Expr) Expr {
	xs := f.exprList(append([]syntax.Expr{recv}, args...))
	x := xs[0]
	if m := call.Method; m != nil && m.Recv == types.RecvMutRef && !isRef(f.l.info.Types[recv]) {
		x = f.place(x) // Go takes the address of a variable for a pointer method
	}
	var r Expr = method(x, f.l.operatorMethod(call), xs[1:]...)
	if call.Negate {
		r = not(r)
	}
	return r
}

// operatorMethod returns the Go name of the operator method that call
// calls.
func (l *lowerer) operatorMethod(call *types.OperatorCall) string {
	if call.Method != nil {
		return l.objName(call.Method)
	}
	return l.methodName(call.Name)
}
