package types

import (
	"go/constant"
	"math"
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

// checkLitRange reports a literal that does not fit its final type.
func (c *checker) checkLitRange(lit *syntax.BasicLit) {
	b, ok := c.info.Types[lit].(*Basic)
	if !ok {
		b = goBasicUnder(c.info.Types[lit]) // a Go named type: 2 * time.Second
	}
	if b != nil && b.IsFloat() {
		c.checkFloatLitRange(lit, b)
		return
	}
	if b == nil || !b.IsInteger() {
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

// checkFloatLitRange reports a literal too large for the float type b,
// which Go refuses as an overflow (the spec: a literal that does not fit
// its type is a compile error).
func (c *checker) checkFloatLitRange(lit *syntax.BasicLit, b *Basic) {
	k, ok := c.info.Consts[lit]
	if !ok || (k.Value.Kind() != constant.Float && k.Value.Kind() != constant.Int) {
		return
	}
	f, _ := constant.Float64Val(k.Value)
	if b.Kind == F32 {
		f32, _ := constant.Float32Val(k.Value)
		f = float64(f32)
	}
	if math.IsInf(f, 0) {
		c.errorf(lit, "literal %s does not fit in %s", lit.Raw, b)
	}
}

// checkConstRange reports a constant integer expression whose value does
// not fit its type, also one that is an operand of a larger expression
// whose value would: Vex computes in the type, where arithmetic wraps,
// and Go folds constants exactly, so the two agree only while every value
// on the way fits; Rust refuses such an overflow too.
func (c *checker) checkConstRange(e *syntax.BinaryExpr) {
	b, ok := c.info.Types[e].(*Basic)
	if !ok || !b.IsInteger() {
		return
	}
	k, ok := c.info.Consts[e]
	if !ok || k.Value.Kind() != constant.Int {
		return
	}
	if !fits(k.Value, b) {
		if constant.BitLen(k.Value) <= 128 {
			c.errorf(e, "constant expression %s overflows %s", k.Value.ExactString(), b)
		} else {
			c.errorf(e, "constant expression overflows %s: its value needs %d bits", b, constant.BitLen(k.Value))
		}
	}
}

// fits reports whether the integer v fits the integer type b.
func fits(v constant.Value, b *Basic) bool {
	lo, hi := intRange(b)
	n, ok := new(big.Int).SetString(v.ExactString(), 10)
	return ok && n.Cmp(lo) >= 0 && n.Cmp(hi) <= 0
}
