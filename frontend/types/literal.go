package types

import (
	"math/big"
	"strings"

	"github.com/vexlang/vex2go/frontend/syntax"
)

// parseInt returns the value of an integer literal. A leading zero does
// not make a literal octal in Vex: 0755 is decimal.
func parseInt(lit *syntax.BasicLit) (*big.Int, error) {
	if lit == nil {
		return nil, errNotInt
	}
	s, base := strings.ReplaceAll(lit.Value, "_", ""), 0
	if len(s) > 1 && s[0] == '0' && s[1] >= '0' && s[1] <= '9' {
		base = 10
	}
	n, ok := new(big.Int).SetString(s, base)
	if !ok {
		return nil, errNotInt
	}
	return n, nil
}

type litError string

func (e litError) Error() string { return string(e) }

const errNotInt = litError("not an integer literal")

// suffixType returns the type a literal suffix names, or nil.
func suffixType(suffix string) *Basic {
	if suffix == "" {
		return nil
	}
	return basicByName[suffix]
}

// intRange returns the bounds of an integer type.
func intRange(b *Basic) (lo, hi *big.Int) {
	bits := uint(b.Bits())
	if b.IsUnsigned() {
		hi = new(big.Int).Lsh(big.NewInt(1), bits)
		return big.NewInt(0), hi.Sub(hi, big.NewInt(1))
	}
	hi = new(big.Int).Lsh(big.NewInt(1), bits-1)
	lo = new(big.Int).Neg(hi)
	return lo, hi.Sub(hi, big.NewInt(1))
}

// checkLitRange reports an integer literal that does not fit its final type.
func (c *checker) checkLitRange(lit *syntax.BasicLit) {
	b, ok := c.info.Types[lit].(*Basic)
	if !ok || !b.IsInteger() {
		return
	}
	n, err := parseInt(lit)
	if err != nil {
		c.errorf(lit, "malformed integer literal %s", lit.Raw)
		return
	}
	raw, at := lit.Raw, syntax.Node(lit)
	if neg := c.negated[lit]; neg != nil {
		n.Neg(n)
		raw, at = "-"+raw, neg
	}
	lo, hi := intRange(b)
	if n.Cmp(lo) < 0 || n.Cmp(hi) > 0 {
		c.errorf(at, "literal %s does not fit in %s", raw, b)
	}
}

// constValue evaluates an integer expression built only from literals, as
// Go will when it folds the constant; ok is false for anything else.
func constValue(e syntax.Expr) (v *big.Int, ok bool) {
	switch e := e.(type) {
	case *syntax.ParenExpr:
		return constValue(e.X)
	case *syntax.BasicLit:
		if e.Kind != syntax.INT {
			return nil, false
		}
		n, err := parseInt(e)
		return n, err == nil
	case *syntax.UnaryExpr:
		x, ok := constValue(e.X)
		if !ok {
			return nil, false
		}
		switch e.Op {
		case syntax.SUB:
			return x.Neg(x), true
		case syntax.TILDE:
			return nil, false // the width decides; lowering converts first
		}
	case *syntax.BinaryExpr:
		x, okx := constValue(e.X)
		y, oky := constValue(e.Y)
		if !okx || !oky {
			return nil, false
		}
		z := new(big.Int)
		switch e.Op {
		case syntax.ADD:
			return z.Add(x, y), true
		case syntax.SUB:
			return z.Sub(x, y), true
		case syntax.MUL:
			return z.Mul(x, y), true
		case syntax.QUO:
			if y.Sign() != 0 {
				return z.Quo(x, y), true
			}
		case syntax.REM:
			if y.Sign() != 0 {
				return z.Rem(x, y), true
			}
		case syntax.SHL:
			if y.IsInt64() && y.Int64() >= 0 && y.Int64() < 1024 {
				return z.Lsh(x, uint(y.Int64())), true
			}
		case syntax.SHR:
			if y.IsInt64() && y.Int64() >= 0 && y.Int64() < 1024 {
				return z.Rsh(x, uint(y.Int64())), true
			}
		case syntax.AND:
			return z.And(x, y), true
		case syntax.OR:
			return z.Or(x, y), true
		case syntax.XOR:
			return z.Xor(x, y), true
		}
	}
	return nil, false
}

// checkConstRange reports a constant integer expression whose value does
// not fit its type: Go folds such expressions at compile time and refuses
// an overflow, and Rust refuses it too.
func (c *checker) checkConstRange(e *syntax.BinaryExpr) {
	b, ok := c.info.Types[e].(*Basic)
	if !ok || !b.IsInteger() {
		return
	}
	v, ok := constValue(e)
	if !ok {
		return
	}
	lo, hi := intRange(b)
	if v.Cmp(lo) < 0 || v.Cmp(hi) > 0 {
		c.errorf(e, "constant expression %s overflows %s", v, b)
	}
}
