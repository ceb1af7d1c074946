package lower

import (
	"github.com/vexlang/vex2go/frontend/syntax"
	"github.com/vexlang/vex2go/frontend/types"
)

// This file lowers places and references: a Vex reference &T is a Go
// pointer, read through implicitly where Vex sees through it, and a value
// that Go must address is saved in a temporary first.

// isRef reports whether t is a reference, which lowers to a Go pointer.
func isRef(t types.Type) bool {
	_, ok := t.(*types.Ref)
	return ok
}

func derefExpr(x Expr) Expr {
	if u, ok := x.(*UnaryExpr); ok && u.Op == "&" {
		return u.X
	}
	return &UnaryExpr{Op: "*", X: x}
}

// derefRef reads the value of x, a reference of type r. Go dereferences a
// pointer itself before a call of a method of what it points to when that
// is a defined type that is neither a pointer nor an interface.
func derefRef(x Expr, r *types.Ref) Expr {
	d := derefExpr(x)
	if u, ok := d.(*UnaryExpr); ok && u.X == x {
		u.Implicit = callsThroughPointer(r.Elem)
	}
	return d
}

// callsThroughPointer reports whether the Go type of t is a defined type
// that is neither a pointer nor an interface, whose methods Go calls
// through a pointer to it.
func callsThroughPointer(t types.Type) bool {
	switch t := types.Resolve(t).(type) {
	case *types.Option, *types.Result, *types.Duration:
		return true
	case *types.StdType:
		return t.Kind == types.StdInstant
	case *types.Named:
		return !goInterface(t)
	}
	return false
}

func addr(x Expr) Expr {
	if u, ok := x.(*UnaryExpr); ok && u.Op == "*" {
		return u.X
	}
	return &UnaryExpr{Op: "&", X: x}
}

// value lowers e, reading through a reference.
func (f *funcLower) value(e syntax.Expr) Expr {
	x := f.expr(e)
	if isRef(f.l.info.Types[e]) {
		return derefExpr(x)
	}
	return x
}

// canAddress reports whether Go can take the address of x, the lowered
// e: a variable, a field or element of one, or a composite literal, which
// Go allocates for &; not a Go constant or a call.
func (f *funcLower) canAddress(e syntax.Expr, x Expr) bool {
	if id, ok := syntax.Unparen(e).(*syntax.Ident); ok {
		if k, isConst := f.l.info.Uses[id].(*types.Const); isConst {
			_, isArray := types.Under(k.Type).(*types.Array)
			return isArray // a constant array is a Go variable
		}
	}
	if f.isVariant(e) {
		return false // &shapeCircle{..} would point to the variant, not the enum
	}
	if _, ok := x.(*CompositeLit); ok {
		return true
	}
	return addressable(x)
}

// addressable reports whether Go can take the address of x.
func addressable(x Expr) bool {
	switch x := x.(type) {
	case *Ident:
		return x.Path == ""
	case *UnaryExpr:
		return x.Op == "*"
	case *IndexExpr:
		return addressable(x.X)
	case *SelectorExpr:
		return addressable(x.X)
	case *ParenExpr:
		return addressable(x.X)
	}
	return false
}

// throughGuard reports whether x is a field of the value that a lock guard
// reaches through g.Ptr() (guards.go), which Go addresses since Ptr
// returns a pointer.
func (f *funcLower) throughGuard(x Expr) bool {
	sel, ok := x.(*SelectorExpr)
	if !ok {
		return false
	}
	if call, ok := sel.X.(*CallExpr); ok && f.guardPtrs[call] {
		return true
	}
	return f.throughGuard(sel.X)
}

// place returns x as an addressable Go expression, saving it in a
// temporary when it is not.
func (f *funcLower) place(x Expr) Expr {
	if addressable(x) || f.throughGuard(x) {
		return x
	}
	tmp := f.temp("tmp")
	f.emit(&AssignStmt{Lhs: []Expr{&Ident{Name: tmp}}, Op: ":=", Rhs: []Expr{x}})
	return &Ident{Name: tmp}
}

// sliceOf returns x, a Vec, slice or fixed array of Vex type t, as a Go
// slice: a fixed array is sliced.
func (f *funcLower) sliceOf(x Expr, t types.Type) Expr {
	if _, ok := types.Under(t).(*types.Array); ok {
		return &SliceExpr{X: f.place(x)}
	}
	return x
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
