package types

import "github.com/vexlang/vex2go/frontend/syntax"

// This file checks array arithmetic and the vector operators of spec
// section 3: the element-wise operators + - * / <? >? +| -| <<< >>> on
// fixed arrays, where a scalar operand is broadcast, the same operators
// but + - * / on two scalars, and the prefix reductions <+ <* <?| >?| <&
// <| of arrays, slices and Vecs.

// elementwise reports whether op works element by element on fixed
// arrays.
func elementwise(op syntax.Token) bool {
	switch op {
	case syntax.ADD, syntax.SUB, syntax.MUL, syntax.QUO,
		syntax.VMIN, syntax.VMAX, syntax.SATADD, syntax.SATSUB, syntax.VSHL, syntax.VSHR:
		return true
	}
	return false
}

// vectorOperator reports whether op is one of the vector operators, which
// apply to scalars too: <? >? +| -| <<< >>>.
func vectorOperator(op syntax.Token) bool {
	return elementwise(op) && op != syntax.ADD && op != syntax.SUB && op != syntax.MUL && op != syntax.QUO
}

// rotation reports whether op rotates bits, whose count may have another
// integer type than the rotated value.
func rotation(op syntax.Token) bool { return op == syntax.VSHL || op == syntax.VSHR }

// elemOK reports whether the operator op applies to scalars of type t, and
// names what it needs otherwise.
func elemOK(op syntax.Token, t Type) (bool, string) {
	switch op {
	case syntax.VMIN, syntax.VMAX:
		return ordered(t), "numbers, strings or chars"
	case syntax.SATADD, syntax.SATSUB, syntax.VSHL, syntax.VSHR:
		return IsInteger(t), "integers"
	}
	return IsNumeric(t), "numbers"
}

// arrayOperands checks x op y where one side is a fixed array or a Vec or
// slice: element by element between two fixed arrays of one length, or
// between an array and a scalar, which is broadcast. ok is false when
// neither side is an array, a Vec or a slice.
func (c *checker) arrayOperands(e *syntax.BinaryExpr, x, y Type) (Type, bool) {
	if !elementwise(e.Op) {
		if _, isArr := fixArray(x).(*Array); isArr {
			c.errorf(e, "operator %s is not defined on %s (array arithmetic has + - * / and the vector operators)", e.Op, x)
			return InvalidType, true
		}
		if _, isArr := fixArray(y).(*Array); isArr {
			c.errorf(e, "operator %s is not defined on %s (array arithmetic has + - * / and the vector operators)", e.Op, y)
			return InvalidType, true
		}
		return nil, false
	}
	xa, xIsArr := fixArray(x).(*Array)
	ya, yIsArr := fixArray(y).(*Array)
	if !xIsArr && !yIsArr {
		for _, t := range []Type{x, y} {
			switch Resolve(t).(type) {
			case *Vec, *Slice:
				c.errorf(e, "operator %s is not defined on %s: element-wise operators need fixed arrays [T; N]", e.Op, t)
				return InvalidType, true
			}
		}
		return nil, false
	}
	if x == InvalidType || y == InvalidType {
		return InvalidType, true
	}
	arr, other := xa, y
	if !xIsArr {
		arr, other = ya, x
	}
	var otherElem Type = other
	if xIsArr && yIsArr {
		if xa.Len != ya.Len {
			c.errorf(e, "mismatched array lengths in %s: %s and %s", e.Op, xa, ya)
			return InvalidType, true
		}
		otherElem = ya.Elem
	}
	if ok, need := elemOK(e.Op, arr.Elem); !ok {
		c.errorf(e, "operator %s is not defined on %s: it needs %s", e.Op, arr, need)
		return InvalidType, true
	}
	if rotation(e.Op) {
		if !IsInteger(otherElem) {
			c.errorf(e, "operator %s is not defined on %s and %s: it needs integers", e.Op, x, y)
			return InvalidType, true
		}
		if !xIsArr { // a scalar rotated by each count of an array
			return &Array{Elem: x, Len: ya.Len}, true
		}
		return xa, true
	}
	if !unify(arr.Elem, otherElem) {
		if xIsArr && yIsArr {
			c.errorf(e, "mismatched types %s and %s in %s (convert one side with as)", x, y, e.Op)
		} else {
			c.errorf(e, "mismatched types %s and %s in %s: the scalar must have the element type %s", x, y, e.Op, arr.Elem)
		}
		return InvalidType, true
	}
	return arr, true
}

// vectorScalars checks a vector operator between two scalars: a <? b, a >?
// b, a +| b, a -| b, a <<< n, a >>> n.
func (c *checker) vectorScalars(e *syntax.BinaryExpr, x, y Type) Type {
	if x == InvalidType || y == InvalidType {
		return InvalidType
	}
	if rotation(e.Op) {
		if !IsInteger(x) {
			c.errorf(e.X, "rotated operand must be an integer, not %s", x)
			return InvalidType
		}
		if !IsInteger(y) {
			c.errorf(e.Y, "rotation count must be an integer, not %s", y)
		}
		return x
	}
	if !c.sameOperands(e, x, y) {
		return InvalidType
	}
	if ok, need := elemOK(e.Op, x); !ok {
		c.errorf(e, "operator %s is not defined on %s: it needs %s", e.Op, x, need)
		return InvalidType
	}
	return x
}

// reductions names what each reduction does, for messages.
var reductions = map[syntax.Token]string{
	syntax.SUMRED: "sums", syntax.PRODRED: "multiplies",
	syntax.MINRED: "takes the minimum of", syntax.MAXRED: "takes the maximum of",
	syntax.ANDRED: "ands", syntax.ORRED: "ors",
}

// reduce checks a prefix reduction of the elements of an array, a slice or
// a Vec: <+ a (sum), <* a (product), <?| a (minimum), >?| a (maximum), <& a
// (and) and <| a (or).
func (c *checker) reduce(s *Scope, e *syntax.UnaryExpr) Type {
	t := Under(c.expr(s, e.X, nil))
	elem := seqElemOf(t)
	var ok bool
	need := "numbers"
	switch {
	case elem == nil:
	case e.Op == syntax.ANDRED || e.Op == syntax.ORRED:
		ok, need = unify(elem, boolT), "bools"
	case e.Op == syntax.MINRED || e.Op == syntax.MAXRED:
		ok, need = ordered(elem), "numbers, strings or chars"
	default:
		ok = IsNumeric(elem)
	}
	if !ok {
		if t != InvalidType {
			c.errorf(e, "%s %s the elements of an array, a slice or a Vec of %s, not %s", e.Op, reductions[e.Op], need, t)
		}
		return InvalidType
	}
	if e.Op == syntax.ANDRED || e.Op == syntax.ORRED {
		return boolT
	}
	return elem
}

// ArrayAssignOps maps the compound assignments that work element by
// element on a fixed array, a += b and a *= 2.0, to their operators.
var ArrayAssignOps = map[syntax.Token]syntax.Token{
	syntax.ADD_ASSIGN: syntax.ADD, syntax.SUB_ASSIGN: syntax.SUB,
	syntax.MUL_ASSIGN: syntax.MUL, syntax.QUO_ASSIGN: syntax.QUO,
}

// arrayAssign checks the compound assignment st to a fixed array of type
// want with a value of type t: another array of its length, or a scalar
// that is broadcast, as in a = a + b. It reports whether want is an array.
func (c *checker) arrayAssign(st *syntax.AssignStmt, want, t Type) bool {
	arr, isArr := fixArray(want).(*Array)
	if !isArr {
		return false
	}
	op, ok := ArrayAssignOps[st.Op]
	if !ok {
		c.errorf(st, "operator %s is not defined on %s (array arithmetic has + - * / and the vector operators)", st.Op, arr)
		return true
	}
	if ok, need := elemOK(op, arr.Elem); !ok {
		c.errorf(st, "operator %s is not defined on %s: it needs %s", st.Op, arr, need)
		return true
	}
	if ta, isArr := fixArray(t).(*Array); isArr {
		if ta.Len != arr.Len {
			c.errorf(st.Rhs, "mismatched array lengths in %s: %s and %s", st.Op, arr, ta)
		} else if !unify(arr.Elem, ta.Elem) {
			c.errorf(st.Rhs, "mismatched types %s and %s in %s (convert one side with as)", arr, ta, st.Op)
		}
		return true
	}
	if t != InvalidType && !unify(arr.Elem, t) {
		c.errorf(st.Rhs, "mismatched types %s and %s in %s: the scalar must have the element type %s", arr, t, st.Op, arr.Elem)
	}
	return true
}
