package syntax

import (
	"strings"

	"github.com/vexlang/vex2go/frontend/source"
)

// This file parses operands: names, literals, parenthesised and bracketed
// forms, blocks, closures and the control-flow expressions.

func (p *parser) operand() Expr {
	pos := p.pos
	switch p.tok {
	case IDENT:
		return p.name()
	case SELF, SELFTYPE:
		id := &Ident{Name: p.lit}
		p.next()
		return fin(p, id, pos)
	case INT, FLOAT, CHAR, STRING:
		return p.basicLit()
	case FSTRING:
		return p.fstring()
	case TRUE, FALSE:
		b := &BoolLit{Value: p.tok == TRUE}
		p.next()
		return fin(p, b, pos)
	case NIL:
		p.next()
		return fin(p, &NilLit{}, pos)
	case LPAREN:
		return p.parenOrTuple()
	case LBRACK:
		return p.array()
	case LBRACE:
		return p.block()
	case IF:
		return p.ifExpr()
	case MATCH:
		return p.matchExpr()
	case LOOP:
		return p.loopExpr(pos, nil)
	case SELECT:
		return p.selectExpr()
	case OR, LOR:
		return p.closure()
	case LABEL:
		label := p.label()
		p.expect(COLON)
		if p.tok != LOOP {
			p.errorExpected("'loop' after the label of a loop used as a value")
			return fin(p, &BadExpr{}, pos)
		}
		return p.loopExpr(pos, label)
	case BACKTICK:
		p.next()
		return p.unsupportedExpr(pos, "template literals are")
	case AT:
		p.next()
		if p.tok == LBRACE {
			p.skipGroup()
			return p.unsupportedExpr(pos, "autograd blocks @{ } are")
		}
		p.got(IDENT)
		p.skipGroup()
		return p.unsupportedExpr(pos, "attributes (@...) are")
	case HASH:
		p.next()
		feature := "compile-time intrinsics (#...) are"
		if p.tok == IDENT {
			feature = "the compile-time intrinsic #" + p.lit + " is"
			p.next()
		}
		p.skipGroup()
		return p.unsupportedExpr(pos, feature)
	}
	p.errorExpected("expression")
	return fin(p, &BadExpr{}, pos)
}

// dollarPrelude lists the prelude functions that have a $ spelling, which
// names the same function ($println is println).
var dollarPrelude = map[string]bool{
	"$print": true, "$println": true, "$eprint": true, "$eprintln": true,
	"$panic": true, "$todo": true, "$unreachable": true,
	"$assert": true, "$assertEq": true,
}

// name parses an identifier in an expression, or the out-of-scope
// features that begin with a name: $for, $if, $param and other $
// intrinsics, unsafe and asm blocks.
func (p *parser) name() Expr {
	pos, lit := p.pos, p.lit
	if lit[0] == '$' {
		if dollarPrelude[lit] {
			p.next()
			return fin(p, &Ident{Name: lit[1:]}, pos)
		}
		p.next()
		switch lit {
		case "$for", "$if":
			p.skipCompileTime()
			return p.unsupportedExpr(pos, "compile-time "+lit+" is")
		case "$param":
			p.skipGroup()
			return p.unsupportedExpr(pos, "autograd ($param) is")
		}
		p.skipGroup()
		return p.unsupportedExpr(pos, "the compile-time intrinsic "+lit+" is")
	}
	if lit == "unsafe" || lit == "asm" {
		if t, _ := p.peek(); t == LBRACE || lit == "asm" && (t == LPAREN || t == NOT) {
			p.next()
			p.got(NOT)
			p.skipGroup()
			return p.unsupportedExpr(pos, unsupportedItems[lit])
		}
	}
	return p.ident()
}

// skipCompileTime skips the rest of a $for or $if: its header, its block,
// and else branches.
func (p *parser) skipCompileTime() {
	for {
		for p.tok != LBRACE && p.tok != EOF && p.tok != RBRACE && !(p.tok == SEMICOLON && p.lit == "\n") {
			if p.tok == LPAREN || p.tok == LBRACK {
				p.skipGroup()
			} else {
				p.next()
			}
		}
		p.skipGroup()
		if p.tok != ELSE {
			return
		}
		p.next()
	}
}

// skipGroup skips a parenthesised, bracketed or braced group, if one starts
// here.
func (p *parser) skipGroup() {
	if p.tok != LPAREN && p.tok != LBRACK && p.tok != LBRACE {
		return
	}
	depth := 0
	for p.tok != EOF {
		switch p.tok {
		case LPAREN, LBRACK, LBRACE:
			depth++
		case RPAREN, RBRACK, RBRACE:
			depth--
		}
		p.next()
		if depth == 0 {
			return
		}
	}
}

// parenOrTuple: () | (X) | (X,) | (X, Y, ...)
func (p *parser) parenOrTuple() Expr {
	pos := p.pos
	p.next()
	p.exprLev++
	defer func() { p.exprLev-- }()
	if p.got(RPAREN) {
		return fin(p, &TupleExpr{Elems: []Expr{}}, pos)
	}
	x := p.parseExpr()
	if p.tok != COMMA {
		p.closing(RPAREN)
		return fin(p, &ParenExpr{X: x}, pos)
	}
	t := &TupleExpr{Elems: []Expr{x}}
	p.next()
	p.list("tuple", COMMA, RPAREN, func() {
		t.Elems = append(t.Elems, p.parseExpr())
	})
	p.closing(RPAREN)
	return fin(p, t, pos)
}

// array: [] | [X, ...] | [X; Count]
func (p *parser) array() Expr {
	pos := p.pos
	p.next()
	p.exprLev++
	defer func() { p.exprLev-- }()
	a := &ArrayExpr{Elems: []Expr{}}
	if p.got(RBRACK) {
		return fin(p, a, pos)
	}
	a.Elems = append(a.Elems, p.parseExpr())
	switch {
	case p.tok == SEMICOLON && p.lit == ";":
		p.next()
		a.Count = p.parseExpr()
	case p.got(COMMA):
		p.list("array literal", COMMA, RBRACK, func() {
			a.Elems = append(a.Elems, p.parseExpr())
		})
	}
	p.closing(RBRACK)
	return fin(p, a, pos)
}

// fstring parses an f-string, parsing each embedded expression from its
// range of the source.
func (p *parser) fstring() Expr {
	pos, segs := p.pos, p.segs
	p.next()
	end := p.prevEnd
	f := &FString{Parts: []Expr{}}
	for _, s := range segs {
		if s.expr {
			f.Parts = append(f.Parts, p.subExpr(s.from, s.to))
			continue
		}
		t := &FStringText{Text: unquote(p.src[s.from:s.to], true)}
		t.SetSpan(p.file.Pos(s.from), p.file.Pos(s.to))
		f.Parts = append(f.Parts, t)
	}
	f.SetSpan(pos, end)
	return f
}

// subExpr parses the expression in the source range [from, to) of an
// f-string, then returns the parser to where it was.
func (p *parser) subExpr(from, to int) Expr {
	savedTok, savedSc, savedLev := p.tokState, p.sc, p.exprLev
	defer func() { p.tokState, p.sc, p.exprLev = savedTok, savedSc, savedLev }()
	p.sc.init(p.file, p.src, from, to, p.scanError)
	p.sc.fdepth = savedSc.fdepth + 1
	p.exprLev = 0
	p.next()
	if p.tok == EOF || strings.TrimSpace(p.src[from:to]) == "" {
		p.errorf(p.file.Pos(from-1), "empty expression in f-string")
		return fin(p, &BadExpr{}, p.file.Pos(from))
	}
	x := p.parseExpr()
	if p.isNewline() {
		p.next()
	}
	switch p.tok {
	case EOF:
	case COLON:
		p.errorf(p.pos, "format specifiers are not supported in f-strings")
	default:
		p.errorExpected("'}' after the expression in the f-string")
	}
	return x
}

// closure: |Params| Expr | |Params|: Result Block | || Expr
func (p *parser) closure() Expr {
	pos := p.pos
	c := &ClosureExpr{Params: []*Param{}}
	if p.got(OR) {
		p.list("closure parameters", COMMA, OR, func() {
			c.Params = append(c.Params, p.param(true))
		})
		p.expect(OR)
	} else {
		p.next()
	}
	if p.got(COLON) {
		c.Result = p.parseType()
		c.Body = p.block()
	} else {
		c.Body = p.armBody()
	}
	return fin(p, c, pos)
}

// ifExpr: if Cond Then [elif ... | else if ... | else Block]
func (p *parser) ifExpr() *IfExpr {
	p.enter("expression") // elif chains recurse
	defer p.leave()
	pos := p.pos
	p.next()
	x := &IfExpr{}
	if p.got(LET) {
		x.Pat = p.pattern()
		p.expect(ASSIGN)
	}
	x.Cond = p.header()
	x.Then = p.block()
	switch p.tok {
	case ELIF:
		x.Else = p.ifExpr()
	case ELSE:
		p.next()
		if p.tok == IF {
			x.Else = p.ifExpr()
		} else {
			x.Else = p.block()
		}
	}
	return fin(p, x, pos)
}

// loopExpr: ['label:] loop Body; pos is where the label or loop begins.
func (p *parser) loopExpr(pos source.Pos, label *Ident) *LoopExpr {
	p.next()
	return fin(p, &LoopExpr{Label: label, Body: p.block()}, pos)
}

// matchExpr: match X { Pat [if Guard] => Body, ... }
func (p *parser) matchExpr() *MatchExpr {
	pos := p.pos
	p.next()
	m := &MatchExpr{X: p.header(), Arms: []*MatchArm{}}
	p.arms(func() {
		apos := p.pos
		arm := &MatchArm{Pat: p.pattern()}
		if p.got(IF) {
			arm.Guard = p.parseExpr()
		}
		p.expect(FATARROW)
		arm.Body = p.armBody()
		m.Arms = append(m.Arms, fin(p, arm, apos))
	})
	return fin(p, m, pos)
}

// arms parses the braced arms of a match or select with f. Arms are
// separated by ',' or a line break; after a '}' no separator is needed.
func (p *parser) arms(f func()) {
	if !p.got(LBRACE) {
		p.errorExpected("'{'")
		return
	}
	p.enter("block")
	defer p.leave()
	oldLev := p.exprLev
	p.exprLev = 0
	for p.tok != RBRACE && p.tok != EOF {
		if p.got(COMMA) || p.got(SEMICOLON) {
			continue
		}
		start := p.pos
		f()
		switch {
		case p.got(COMMA), p.got(SEMICOLON), p.tok == RBRACE:
		case p.src[p.file.Offset(p.prevEnd)-1] == '}' && p.prevEnd > start:
		default:
			p.errorExpected("',' or newline after the arm")
			p.skipStmt()
		}
		if p.pos == start {
			p.next()
		}
	}
	p.exprLev = oldLev
	p.expect(RBRACE)
}

// selectExpr: select { Case => Body, ... }
func (p *parser) selectExpr() *SelectExpr {
	pos := p.pos
	p.next()
	s := &SelectExpr{Cases: []*SelectCase{}}
	p.arms(func() {
		s.Cases = append(s.Cases, p.selectCase())
	})
	return fin(p, s, pos)
}

// selectCase parses one case. `after` and `default` are contextual: they
// are names unless followed by what a timeout or default case needs.
func (p *parser) selectCase() *SelectCase {
	pos := p.pos
	c := &SelectCase{}
	next, _ := p.peek()
	switch {
	case p.tok == IDENT && p.lit == "default" && next == FATARROW:
		c.Kind = SelectDefault
		p.next()
	case p.tok == IDENT && p.lit == "after" && canStartExpr(next) && next != ARROW && next != LPAREN && next != LBRACK:
		c.Kind = SelectAfter
		p.next()
		c.Value = p.parseExpr()
	default:
		if p.caseHasBind() {
			c.Bind = p.pattern()
			p.expect(ASSIGN)
		}
		x := p.parseExpr()
		if u, ok := x.(*UnaryExpr); ok && u.Op == ARROW {
			c.Kind, c.Chan = SelectRecv, u.X
		} else if ch := recvCall(x); ch != nil {
			c.Kind, c.Chan = SelectRecvOpt, ch
		} else if p.tok == ARROW && c.Bind == nil {
			c.Kind, c.Chan = SelectSend, x
			p.next()
			c.Value = p.parseExpr()
		} else {
			if _, bad := x.(*BadExpr); !bad {
				p.errorSpan(x.Pos(), x.End(), "select case must receive (<-ch or ch.recv()), send (ch <- v), or be after or default")
			}
			c.Chan = x
		}
	}
	p.expect(FATARROW)
	c.Body = p.armBody()
	return fin(p, c, pos)
}

// caseHasBind reports whether the select case begins with `Pat =`.
func (p *parser) caseHasBind() (bind bool) {
	depth := 0
	switch p.tok {
	case LPAREN, LBRACK, LBRACE:
		depth = 1
	}
	p.lookahead(func(_ source.Pos, tok Token, _ string) bool {
		switch tok {
		case LPAREN, LBRACK, LBRACE:
			depth++
		case RPAREN, RBRACK, RBRACE:
			depth--
		case ASSIGN:
			bind = depth == 0
			return false
		case FATARROW, SEMICOLON, ARROW:
			return depth > 0
		}
		return depth >= 0
	})
	return bind
}

// recvCall returns ch if x is ch.recv().
func recvCall(x Expr) Expr {
	if call, ok := x.(*CallExpr); ok && len(call.Args) == 0 {
		if sel, ok := call.Fun.(*SelectorExpr); ok && sel.Sel.Name == "recv" {
			return sel.X
		}
	}
	return nil
}
