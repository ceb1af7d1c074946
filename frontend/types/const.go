package types

import (
	"go/constant"
	"go/token"
	"slices"
	"strings"

	"github.com/vexlang/vex2go/frontend/syntax"
)

// Constant is what the checker knows of an expression built from literals
// and operators alone, which Go sees as an untyped constant: its value and
// the kind of the type Go gives it by default.
type Constant struct {
	Value   constant.Value // Unknown where vex2go does not fold it: float arithmetic, ~x
	Default BasicKind      // Isize (Go's int), F64, Char, String or Bool
}

// constant records e in Info.Consts if it is built from literals and
// operators alone. Its operands are checked, and recorded, already, so
// each expression is folded once: the checker stays linear in the size of
// a long chain of literals.
func (c *checker) constant(e syntax.Expr) {
	var k Constant
	switch e := e.(type) {
	case *syntax.ParenExpr:
		x, ok := c.info.Consts[e.X]
		if !ok {
			return
		}
		k = x
	case *syntax.BasicLit:
		k = literalConst(e)
	case *syntax.BoolLit:
		k = Constant{constant.MakeBool(e.Value), Bool}
	case *syntax.UnaryExpr:
		x, ok := c.info.Consts[e.X]
		if !ok {
			return
		}
		k = Constant{constant.MakeUnknown(), x.Default}
		switch {
		case e.Op == syntax.SUB && (x.Value.Kind() == constant.Int || x.Value.Kind() == constant.Float):
			k.Value = constant.UnaryOp(token.SUB, x.Value, 0)
		case e.Op == syntax.NOT && x.Value.Kind() == constant.Bool:
			k.Value = constant.UnaryOp(token.NOT, x.Value, 0)
		case e.Op == syntax.TILDE: // the width decides; the lowering converts first
		case e.Op != syntax.SUB && e.Op != syntax.NOT:
			return
		}
	case *syntax.BinaryExpr:
		x, okx := c.info.Consts[e.X]
		y, oky := c.info.Consts[e.Y]
		if !okx || !oky || vectorOperator(e.Op) {
			return // Go has no constant min, max, saturation or rotation
		}
		k = Constant{binaryConst(e.Op, x.Value, y.Value), x.Default}
		if !c.representable(e, x.Value, y.Value, k.Value) {
			k.Value = constant.MakeUnknown()
		}
		switch {
		case e.Op == syntax.EQL || e.Op == syntax.NEQ || e.Op == syntax.LSS || e.Op == syntax.LEQ ||
			e.Op == syntax.GTR || e.Op == syntax.GEQ || e.Op == syntax.LAND || e.Op == syntax.LOR:
			k.Default = Bool
		case e.Op == syntax.SHL || e.Op == syntax.SHR:
		case x.Default == F64 || y.Default == F64:
			k.Default = F64
		}
	default:
		return
	}
	c.info.Consts[e] = k
}

// maxConstBits is the size of the largest integer constant Go's compilers
// hold (go/types and gc both refuse a larger one as an overflow).
const maxConstBits = 512

// representable reports whether z, the folded value of the constant
// expression e = x op y, is one Go can hold, refusing it at e if not: a
// shift of an integer constant by a constant count must stay within
// maxConstBits, as must any integer result.
func (c *checker) representable(e *syntax.BinaryExpr, x, y, z constant.Value) bool {
	if (e.Op == syntax.SHL || e.Op == syntax.SHR) && x.Kind() == constant.Int && y.Kind() == constant.Int {
		if constant.Sign(y) < 0 {
			c.errorf(e.Y, "shift count %s is negative", y)
			return false
		}
		if n, ok := constant.Uint64Val(y); !ok || n >= 1024 {
			if e.Op == syntax.SHL && constant.Sign(x) != 0 {
				c.errorf(e, "constant shift overflow: %s << %s does not fit in %d bits, the most a Go constant holds", x, y, maxConstBits)
				return false
			}
		}
	}
	if z.Kind() == constant.Int && constant.BitLen(z) > maxConstBits {
		c.errorf(e, "constant overflow: the result does not fit in %d bits, the most a Go constant holds", maxConstBits)
		return false
	}
	return true
}

// literalConst returns the constant of a literal.
func literalConst(lit *syntax.BasicLit) Constant {
	switch lit.Kind {
	case syntax.INT:
		if n, err := parseInt(lit); err == nil {
			return Constant{constant.Make(n), Isize}
		}
		return Constant{constant.MakeUnknown(), Isize}
	case syntax.FLOAT:
		return Constant{constant.MakeFromLiteral(strings.ReplaceAll(lit.Value, "_", ""), token.FLOAT, 0), F64}
	case syntax.CHAR:
		var r rune
		for _, r = range lit.Value {
			break
		}
		return Constant{constant.MakeInt64(int64(r)), Char}
	}
	return Constant{constant.MakeString(lit.Value), String}
}

// binaryConst folds x op y for integers, as Go folds an untyped constant
// expression; anything else is Unknown.
func binaryConst(op syntax.Token, x, y constant.Value) constant.Value {
	if x.Kind() != constant.Int || y.Kind() != constant.Int {
		return constant.MakeUnknown()
	}
	switch op {
	case syntax.ADD:
		return constant.BinaryOp(x, token.ADD, y)
	case syntax.SUB:
		return constant.BinaryOp(x, token.SUB, y)
	case syntax.MUL:
		return constant.BinaryOp(x, token.MUL, y)
	case syntax.QUO:
		if constant.Sign(y) != 0 {
			return constant.BinaryOp(x, token.QUO_ASSIGN, y) // integer division
		}
	case syntax.REM:
		if constant.Sign(y) != 0 {
			return constant.BinaryOp(x, token.REM, y)
		}
	case syntax.SHL, syntax.SHR:
		if n, ok := constant.Uint64Val(y); ok && n < 1024 {
			if op == syntax.SHL {
				return constant.Shift(x, token.SHL, uint(n))
			}
			return constant.Shift(x, token.SHR, uint(n))
		}
	case syntax.AND:
		return constant.BinaryOp(x, token.AND, y)
	case syntax.OR:
		return constant.BinaryOp(x, token.OR, y)
	case syntax.XOR:
		return constant.BinaryOp(x, token.XOR, y)
	}
	return constant.MakeUnknown()
}

// intConst returns the value of e if it is an integer constant that fits
// an int64.
func (c *checker) intConst(e syntax.Expr) (int64, bool) {
	k, ok := c.info.Consts[e]
	if !ok || k.Value.Kind() != constant.Int {
		return c.constInt(e, 0) // [0; SIZE * 2]
	}
	return constant.Int64Val(k.Value)
}

// constInt returns the value of e when it is built from integer literals,
// integer constants and arithmetic, as `SIZE * 2` with `const SIZE: usize
// = 4` is: the length of a fixed array may be such an expression.
func (c *checker) constInt(e syntax.Expr, depth int) (int64, bool) {
	if depth > 100 {
		return 0, false
	}
	switch e := syntax.Unparen(e).(type) {
	case *syntax.BasicLit:
		n, err := parseInt(e)
		if e.Kind != syntax.INT || err != nil || !n.IsInt64() {
			return 0, false
		}
		return n.Int64(), true
	case *syntax.Ident:
		obj := c.info.Uses[e]
		if obj == nil {
			obj = c.pkg.Lookup(e.Name)
		}
		if k, ok := obj.(*Const); ok {
			return c.namedIntConst(k, depth+1)
		}
	case *syntax.BinaryExpr:
		x, okx := c.constInt(e.X, depth+1)
		y, oky := c.constInt(e.Y, depth+1)
		if !okx || !oky {
			return 0, false
		}
		switch e.Op {
		case syntax.ADD:
			return x + y, true
		case syntax.SUB:
			return x - y, true
		case syntax.MUL:
			return x * y, true
		case syntax.QUO:
			return x / max(y, 1), y != 0
		case syntax.SHL:
			return x << max(y, 0), y >= 0 && y < 63
		}
	}
	return 0, false
}

// namedIntConst returns the value of the constant k when it has an
// integer type, as written, and a value that constInt computes.
func (c *checker) namedIntConst(k *Const, depth int) (int64, bool) {
	if k.Decl == nil || k.Decl.Value == nil {
		return 0, false
	}
	nt, ok := k.Decl.Type.(*syntax.NamedType)
	if !ok {
		return 0, false
	}
	if tn, ok := c.pkg.Lookup(nt.Name.Name).(*TypeName); !ok || tn.Type == nil || !IsInteger(tn.Type) {
		return 0, false
	}
	// Each constant is computed once: SIZE * SIZE would otherwise double
	// the work at each level, and a constant that refers to itself (which
	// checkConstCycles reports) has no value while it is being computed.
	if r, seen := c.constInts[k]; seen {
		return r.value, r.ok
	}
	if c.constInts == nil {
		c.constInts = make(map[*Const]constIntResult)
	}
	c.constInts[k] = constIntResult{}
	v, ok := c.constInt(k.Decl.Value, depth)
	c.constInts[k] = constIntResult{v, ok}
	return v, ok
}

// A constIntResult is what namedIntConst computed for a constant.
type constIntResult struct {
	value int64
	ok    bool
}

// checkConstCycles reports a constant whose value refers to itself, directly
// or through other constants, which Go refuses as an initialization cycle.
func (c *checker) checkConstCycles() {
	const visiting, done = 1, 2
	state := make(map[*Const]int)
	var path []*Const
	var visit func(k *Const)
	visit = func(k *Const) {
		switch state[k] {
		case done:
			return
		case visiting:
			i := slices.Index(path, k)
			names := make([]string, 0, len(path)-i+1)
			for _, p := range path[i:] {
				names = append(names, p.Name())
				state[p] = done // one report for the cycle
			}
			names = append(names, k.Name())
			c.errorf(k.Decl.Name, "constant %s refers to itself: %s", k.Name(), strings.Join(names, " -> "))
			return
		}
		state[k] = visiting
		path = append(path, k)
		syntax.Inspect(k.Decl.Value, func(n syntax.Node) bool {
			if id, ok := n.(*syntax.Ident); ok {
				if dep, ok := c.info.Uses[id].(*Const); ok && dep.Decl != nil && dep.Decl.Value != nil && state[k] == visiting {
					visit(dep)
				}
			}
			return true
		})
		path = path[:len(path)-1]
		state[k] = done
	}
	for _, k := range c.consts {
		if k.Decl.Value != nil {
			visit(k)
		}
	}
}
