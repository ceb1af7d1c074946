package syntax

import "github.com/vexlang/vex2go/frontend/source"

// This file parses expressions. From loosest to tightest binding: ternary,
// range, the binary operators by precedence, `as`, prefix, postfix.

func (p *parser) parseExpr() Expr {
	p.enter("expression")
	defer p.leave()
	x := p.rangeExpr()
	if p.tok != QUESTION {
		return x
	}
	// Cond ? Then : Else, right-associative.
	p.next()
	t := &TernaryExpr{Cond: x, Then: p.parseExpr()}
	p.expect(COLON)
	t.Else = p.parseExpr()
	return fin(p, t, x.Pos())
}

// rangeExpr: [Lo] .. [Hi] | [Lo] ..= Hi
func (p *parser) rangeExpr() Expr {
	pos := p.pos
	var lo Expr
	if p.tok != RANGE && p.tok != RANGEINCL {
		lo = p.binary(1)
		if p.tok != RANGE && p.tok != RANGEINCL {
			return lo
		}
	}
	r := &RangeExpr{Lo: lo, Inclusive: p.tok == RANGEINCL}
	p.next()
	if canStartExpr(p.tok) && !(p.tok == LBRACE && p.exprLev < 0) {
		r.Hi = p.binary(1)
	} else if r.Inclusive {
		p.errorExpected("upper bound of ..= range")
	}
	return fin(p, r, pos)
}

// binaryPrec gives the precedence of binary operators; 0 means none. The
// vector operators bind as their look-alikes do (spec section 3), and so
// do the out-of-scope ones, to be refused as a whole.
var binaryPrec = [...]int{
	QQ: 1, RESCUE: 1,
	LOR:  2,
	LAND: 3,
	EQL:  4, NEQ: 4, LSS: 4, LEQ: 4, GTR: 4, GEQ: 4,
	OR:  5,
	XOR: 6,
	AND: 7,
	SHL: 8, SHR: 8, VSHL: 8, VSHR: 8,
	ADD: 9, SUB: 9, VMIN: 9, VMAX: 9, SATADD: 9, SATSUB: 9,
	MUL: 10, QUO: 10, REM: 10, FMA: 10, CROSS: 10, MATMUL: 10,
	POW:        11,
	keywordEnd: 0,
}

const cmpPrec = 4

// binary parses operators of precedence prec1 and tighter by precedence
// climbing. ** and ??, !> associate to the right; comparisons not at all.
// A run of left-associative operators is a loop, not a recursion, so only
// the height of the tree it builds is bounded (see chainStart).
func (p *parser) binary(prec1 int) Expr {
	outer := p.chainStart()
	defer p.chainEnd(outer)
	x := p.cast()
	for {
		op := p.tok
		prec := binaryPrec[op]
		if prec == 0 || prec < prec1 {
			return x
		}
		opPos, opEnd := p.pos, p.end()
		p.sink("expression")
		p.next()
		p.enter("expression")
		var y Expr
		switch {
		case op == RESCUE && (p.tok == RETURN || p.tok == BREAK || p.tok == CONTINUE):
			// opt !> return e: the lazy fallback leaves, as a match arm may.
			y = p.armBody()
		case op == POW || prec == 1:
			y = p.binary(prec)
		default:
			y = p.binary(prec + 1)
		}
		p.leave()
		if prec == cmpPrec && isComparison(x) {
			p.errorSpan(opPos, opEnd, "comparison operators cannot be chained; use && or parentheses")
		}
		switch op {
		case FMA, CROSS, MATMUL:
			x = p.unsupportedExpr(x.Pos(), "the SIMD operator "+op.String()+" is")
		default:
			x = fin(p, &BinaryExpr{Op: op, X: x, Y: y}, x.Pos())
		}
	}
}

func isComparison(x Expr) bool {
	b, ok := x.(*BinaryExpr)
	return ok && binaryPrec[b.Op] == cmpPrec
}

// cast: Unary { as Type }
func (p *parser) cast() Expr {
	outer := p.chainStart()
	defer p.chainEnd(outer)
	x := p.unary()
	for p.tok == AS {
		p.sink("expression")
		p.next()
		x = fin(p, &CastExpr{X: x, Type: p.typ(true)}, x.Pos())
	}
	return x
}

// unary parses the prefix operators - ! ~ & &! * <- await and the
// reductions <+ <* <?| >?| <& <|. &x! is another spelling of &!x.
func (p *parser) unary() Expr {
	pos := p.pos
	switch op := p.tok; op {
	case SUB, NOT, TILDE, ANDMUT, MUL, ARROW, SUMRED, PRODRED, MINRED, MAXRED, ANDRED, ORRED:
		p.next()
		p.enter("expression")
		defer p.leave()
		return fin(p, &UnaryExpr{Op: op, X: p.unary()}, pos)
	case AND:
		p.next()
		p.enter("expression")
		defer p.leave()
		mut := p.rustMut()
		x := &UnaryExpr{Op: AND, X: p.unary()}
		if mut {
			x.Op = ANDMUT
		}
		if p.got(NOT) {
			x.Op = ANDMUT
		}
		return fin(p, x, pos)
	case LAND: // && x is & (& x)
		p.next()
		p.enter("expression")
		defer p.leave()
		inner := fin(p, &UnaryExpr{Op: AND, X: p.unary()}, pos+1)
		return fin(p, &UnaryExpr{Op: AND, X: inner}, pos)
	case AWAIT:
		p.next()
		p.enter("expression")
		defer p.leave()
		return p.await(pos, p.unary())
	}
	return p.postfix(p.operand())
}

// await builds `await x`. Trailing ?s of x apply to the awaited value:
// await f(x)? is (await f(x))?.
func (p *parser) await(pos source.Pos, x Expr) Expr {
	var tries []*TryExpr
	for t, ok := x.(*TryExpr); ok; t, ok = x.(*TryExpr) {
		tries = append(tries, t)
		x = t.X
	}
	a := &AwaitExpr{X: x}
	a.SetSpan(pos, x.End())
	r := Expr(a)
	for i := len(tries) - 1; i >= 0; i-- {
		tries[i].X = r
		tries[i].SetSpan(pos, tries[i].End())
		r = tries[i]
	}
	return r
}

// postfix parses calls, indexing, fields, tuple fields, ?, explicit
// instantiations and struct literals after x.
func (p *parser) postfix(x Expr) Expr {
	outer := p.chainStart()
	defer p.chainEnd(outer)
	for {
		switch p.tok {
		case DOT, COLON2, LPAREN, LBRACK, QUESTION, QQ, LSS, ANDRED, PRODRED, LBRACE, TRANSPOSE:
			p.sink("expression")
		}
		switch p.tok {
		case DOT, COLON2:
			p.next()
			switch p.tok {
			case INT:
				idx := p.tupleIndex()
				p.next()
				x = fin(p, &TupleIndexExpr{X: x, Index: idx}, x.Pos())
				continue
			case AWAIT:
				p.errorf(p.pos, "await is a prefix operator: write await x, not x.await")
				p.next()
				x = fin(p, &AwaitExpr{X: x}, x.Pos())
				continue
			}
			x = fin(p, &SelectorExpr{X: x, Sel: p.identOrKeyword()}, x.Pos())
		case LPAREN:
			p.next()
			call := &CallExpr{Fun: x, Args: []Expr{}}
			p.exprLev++
			p.list("argument list", COMMA, RPAREN, func() {
				if call.Ellipsis != source.NoPos {
					p.errorf(call.Ellipsis, "... spreads the last argument only")
					call.Ellipsis = source.NoPos
				}
				if p.tok == ELLIPSIS {
					call.Ellipsis = p.pos
					p.next()
				}
				call.Args = append(call.Args, p.parseExpr())
			})
			p.exprLev--
			p.closing(RPAREN)
			x = fin(p, call, x.Pos())
		case LBRACK:
			p.next()
			p.exprLev++
			ix := &IndexExpr{X: x, Index: p.parseExpr()}
			p.exprLev--
			p.closing(RBRACK)
			x = fin(p, ix, x.Pos())
		case QUESTION:
			if p.isTernary() {
				return x
			}
			p.next()
			x = fin(p, &TryExpr{X: x}, x.Pos())
		case QQ:
			// x?? at the end of an expression is two postfix ?s.
			if t, _ := p.peek(); canStartExpr(t) {
				return x
			}
			inner := &TryExpr{X: x}
			inner.SetSpan(x.Pos(), p.pos+1)
			p.next()
			x = fin(p, &TryExpr{X: inner}, x.Pos())
		case LSS, ANDRED, PRODRED:
			args, ok := p.tryTypeArgs(x)
			if !ok {
				return x
			}
			x = fin(p, &InstExpr{X: x, TypeArgs: args}, x.Pos())
		case TRANSPOSE:
			p.next()
			x = p.unsupportedExpr(x.Pos(), "transpose (') is")
		case LBRACE:
			if p.exprLev < 0 || !isTypeName(x) {
				return x
			}
			x = p.structLit(x)
		default:
			return x
		}
	}
}

// isTypeName reports whether x can name a struct in a struct literal.
func isTypeName(x Expr) bool {
	switch x := x.(type) {
	case *Ident:
		return x.Name != "self"
	case *SelectorExpr:
		return isTypeName(x.X)
	case *InstExpr:
		return isTypeName(x.X)
	}
	return false
}

// maxSpeculation bounds nested speculation, which could otherwise take
// exponential time on contrived input.
const maxSpeculation = 3

// maxSpeculativeTypeArgs bounds the nesting of type arguments that
// speculation tries, keeping a < b < c ... linear.
const maxSpeculativeTypeArgs = 64

// tryTypeArgs decides the generic '<' ambiguity after x: <Types> are type
// arguments only when they parse as such and are followed by '(', '.',
// '::' or, where struct literals are allowed, '{'. Otherwise '<' is a
// comparison and nothing is consumed.
func (p *parser) tryTypeArgs(x Expr) (args []Type, ok bool) {
	switch x.(type) {
	case *Ident, *SelectorExpr:
	default:
		return nil, false
	}
	if p.silent >= maxSpeculation {
		return nil, false
	}
	ok = p.try(func() bool {
		p.splitLess()
		args = p.typeArgs()
		switch p.tok {
		case LPAREN, DOT, COLON2:
			return true
		case LBRACE:
			return p.exprLev >= 0
		}
		return false
	})
	return args, ok
}

// isTernary tells, at a '?', whether it begins the branches of a ternary
// rather than being a postfix ?: it does when the next token can begin an
// expression and a ':' follows at the same nesting level before the
// expression ends.
//
// The '?'s that the lookahead passes at its own level would see the same
// tokens up to the same ':' or end, so they share the answer; remembering
// them keeps a chain such as a? - b? - c? ... linear.
func (p *parser) isTernary() (ternary bool) {
	if t, _ := p.peek(); !canStartExpr(t) {
		return false
	}
	for len(p.ternaryAt) > 0 && p.ternaryAt[0] < p.pos {
		p.ternaryAt = p.ternaryAt[1:]
	}
	if len(p.ternaryAt) > 0 && p.ternaryAt[0] == p.pos {
		p.ternaryAt = p.ternaryAt[1:]
		return p.ternary
	}
	p.ternaryAt = nil // a fresh list: try may restore the old one
	depth := 0
	p.lookahead(func(pos source.Pos, tok Token, _ string) bool {
		switch tok {
		case QUESTION:
			if depth == 0 {
				p.ternaryAt = append(p.ternaryAt, pos)
			}
		case LBRACE:
			if depth == 0 && p.exprLev < 0 {
				return false
			}
			depth++
		case LPAREN, LBRACK:
			depth++
		case RPAREN, RBRACK, RBRACE:
			if depth == 0 {
				return false
			}
			depth--
		case COLON:
			if depth == 0 {
				ternary = true
				return false
			}
		case SEMICOLON, COMMA, FATARROW:
			return depth > 0
		}
		return true
	})
	p.ternary = ternary
	return ternary
}

// canStartExpr reports whether tok can begin an expression.
func canStartExpr(tok Token) bool {
	switch tok {
	case IDENT, INT, FLOAT, CHAR, STRING, FSTRING, BACKTICK, LABEL,
		LPAREN, LBRACK, LBRACE, SUB, NOT, TILDE, AND, ANDMUT, LAND, ARROW, MUL,
		SUMRED, PRODRED, MINRED, MAXRED, ANDRED, ORRED,
		OR, LOR, AWAIT, IF, MATCH, LOOP, SELECT, TRUE, FALSE, NIL, SELF, SELFTYPE,
		RANGE, RANGEINCL, AT, HASH, DOLLAR:
		return true
	}
	return false
}

// structLit: Type { name: value, name, ..Base }
func (p *parser) structLit(typ Expr) Expr {
	lit := &StructLit{Type: typ, Fields: []*FieldInit{}}
	p.next()
	oldLev := p.exprLev
	p.exprLev = 0
	p.list("struct literal", COMMA, RBRACE, func() {
		if p.got(RANGE) {
			lit.Base = p.parseExpr()
			return
		}
		pos := p.pos
		f := &FieldInit{Name: p.ident()}
		if p.got(COLON) {
			f.Value = p.parseExpr()
		}
		lit.Fields = append(lit.Fields, fin(p, f, pos))
	})
	p.exprLev = oldLev
	p.closing(RBRACE)
	return fin(p, lit, typ.Pos())
}
