package syntax

import "github.com/vexlang/vex2go/frontend/source"

// This file parses blocks and statements.

// block: { Stmts }
func (p *parser) block() *Block {
	pos := p.pos
	b := &Block{}
	if !p.got(LBRACE) {
		p.errorExpected("'{'")
		return fin(p, b, pos)
	}
	p.enter("block")
	defer p.leave()
	oldLev := p.exprLev
	p.exprLev = 0
	p.blocks++
	b.Stmts = p.stmtList()
	p.blocks--
	p.exprLev = oldLev
	p.expect(RBRACE)
	return fin(p, b, pos)
}

func (p *parser) stmtList() (list []Stmt) {
	for p.tok != RBRACE && p.tok != EOF {
		if p.got(SEMICOLON) {
			continue
		}
		start := p.pos
		s := p.stmt()
		list = append(list, s)
		switch {
		case p.tok == SEMICOLON:
			if x, ok := s.(*ExprStmt); ok && p.lit == ";" {
				x.Semi = true
			}
			p.next()
		case p.tok == RBRACE, p.tok == EOF, p.typeClose && p.nlBefore:
		default:
			if msg := p.foreignStmt(s); msg != "" {
				end := p.end()
				if p.tok == COLON {
					end++ // :=
				}
				p.errorSpan(p.pos, end, msg)
				p.skipStmt()
				break
			}
			p.errorSpan(p.pos, p.end(), "unexpected "+p.tokDesc()+" at end of statement")
			p.skipStmt()
		}
		if p.pos == start {
			p.next()
		}
	}
	return list
}

// foreignStmt returns the error for a statement that stopped where
// another language goes on: at the ! of a Rust macro call (println!("x"),
// let v = vec![1]), or at Go's := (x := 1), or "".
func (p *parser) foreignStmt(s Stmt) string {
	if _, ok := s.(*ExprStmt); ok && p.tok == COLON {
		if t, _ := p.peek(); t == ASSIGN {
			return "Vex declares a variable with let x = e (let! x = e for a mutable one), not :="
		}
	}
	return p.rustMacro(s)
}

// rustMacro returns the error for a statement that stopped at the ! of a
// Rust macro call (println!("x"), let v = vec![1]), or "".
func (p *parser) rustMacro(s Stmt) string {
	var x Expr
	switch s := s.(type) {
	case *ExprStmt:
		x = s.X
	case *LetStmt:
		x = s.Value
	}
	id, ok := x.(*Ident)
	if !ok || p.tok != NOT {
		return ""
	}
	switch t, _ := p.peek(); {
	case t == LBRACK && id.Name == "vec":
		return "Vex has no macros: vec![a, b] is the array literal [a, b]"
	case t == LPAREN && id.Name == "format":
		return "Vex has no macros: format!(\"{}\", x) is the f-string f\"{x}\""
	case t == LPAREN || t == LBRACK:
		return "Vex has no macros: call " + id.Name + "(...) without the !"
	}
	return ""
}

// startsStmt reports whether the current token can begin a statement.
func (p *parser) startsStmt() bool {
	switch p.tok {
	case LET, LETMUT, RETURN, BREAK, CONTINUE, DEFER, GO, WHILE, FOR:
		return true
	}
	return canStartExpr(p.tok)
}

func (p *parser) stmt() Stmt {
	pos := p.pos
	switch p.tok {
	case LET, LETMUT:
		return p.letStmt()
	case FN, STRUCT, ENUM, CONTRACT, CONST, TYPE:
		return fin(p, &DeclStmt{Decl: p.decl(false)}, pos)
	case ASYNC:
		if t, _ := p.peek(); t == FN {
			return fin(p, &DeclStmt{Decl: p.decl(false)}, pos)
		}
	case IMPORT, EXPORT:
		p.errorf(pos, "%s is only allowed at the top level", p.lit)
		p.decl(false)
		return fin(p, &BadStmt{}, pos)
	case RETURN:
		p.next()
		s := &ReturnStmt{}
		if canStartExpr(p.tok) {
			s.Result = p.parseExpr()
		}
		return fin(p, s, pos)
	case BREAK:
		p.next()
		s := &BreakStmt{Label: p.label()}
		if canStartExpr(p.tok) {
			s.Value = p.parseExpr()
		}
		return fin(p, s, pos)
	case CONTINUE:
		p.next()
		return fin(p, &ContinueStmt{Label: p.label()}, pos)
	case DEFER:
		p.next()
		return fin(p, &DeferStmt{Call: p.parseExpr()}, pos)
	case GO:
		return p.goStmt()
	case WHILE:
		return p.whileStmt(pos, nil)
	case FOR:
		return p.forStmt(pos, nil)
	case LABEL:
		label := p.label()
		p.expect(COLON)
		switch p.tok {
		case WHILE:
			return p.whileStmt(pos, label)
		case FOR:
			return p.forStmt(pos, label)
		case LOOP:
			x := p.postfix(p.loopExpr(pos, label))
			return fin(p, &ExprStmt{X: x}, pos)
		}
		p.errorExpected("'for', 'while' or 'loop' after the label")
		return fin(p, &BadStmt{}, pos)
	case IDENT:
		if p.lit == "var" && p.nameAhead() {
			// Go's var x = e: parsed as let! x = e after the error.
			p.errorSpan(p.pos, p.end(), "Vex declares a variable with let (let! for a mutable one), not var")
			return p.letRest(true)
		}
		if p.unsupportedItemAhead(false) {
			return fin(p, &DeclStmt{Decl: p.unsupportedDecl(pos, declBase{})}, pos)
		}
	}
	return p.simpleStmt()
}

// simpleStmt: Expr | Lhs op= Rhs | Chan <- Value
func (p *parser) simpleStmt() Stmt {
	pos := p.pos
	x := p.parseExpr()
	switch p.tok {
	case ASSIGN, ADD_ASSIGN, SUB_ASSIGN, MUL_ASSIGN, QUO_ASSIGN, REM_ASSIGN,
		AND_ASSIGN, OR_ASSIGN, XOR_ASSIGN, SHL_ASSIGN, SHR_ASSIGN:
		op := p.tok
		p.next()
		return fin(p, &AssignStmt{Op: op, Lhs: x, Rhs: p.parseExpr()}, pos)
	case ARROW:
		p.next()
		return fin(p, &SendStmt{Chan: x, Value: p.parseExpr()}, pos)
	}
	if _, bad := x.(*BadExpr); bad && p.prevEnd <= pos {
		return fin(p, &BadStmt{}, pos)
	}
	return fin(p, &ExprStmt{X: x}, pos)
}

// label parses an optional 'name; the Ident holds the name without quote.
func (p *parser) label() *Ident {
	if p.tok != LABEL {
		return nil
	}
	pos := p.pos
	name := p.lit[1:]
	p.next()
	return fin(p, &Ident{Name: name}, pos)
}

// letStmt: let[!] Pat [: Type] [= Value]
func (p *parser) letStmt() *LetStmt { return p.letRest(p.tok == LETMUT) }

// letRest parses a let statement from its keyword, or from the word that
// another language spells it with (var).
func (p *parser) letRest(mut bool) *LetStmt {
	pos := p.pos
	s := &LetStmt{Mut: mut}
	p.next()
	if p.tok == IDENT && p.lit == "mut" && p.nameAhead() {
		p.errorSpan(p.pos, p.pos+source.Pos(len(p.lit)), "a mutable binding is written let! x: Vex has no let mut")
		p.next()
		s.Mut = true
	}
	s.Pat = p.pattern()
	if p.got(COLON) {
		s.Type = p.parseType()
	}
	if p.got(ASSIGN) {
		s.Value = p.parseExpr()
	}
	return fin(p, s, pos)
}

// nameAhead reports whether a name follows the current token, as in Rust's
// `let mut x`, where `mut` cannot be the binding.
func (p *parser) nameAhead() (name bool) {
	p.lookahead(func(_ source.Pos, tok Token, _ string) bool {
		name = tok == IDENT
		return false
	})
	return name
}

// goStmt: go Call | go Block
func (p *parser) goStmt() *GoStmt {
	pos := p.pos
	p.next()
	s := &GoStmt{}
	if p.tok == LBRACE {
		s.Body = p.block()
		return fin(p, s, pos)
	}
	s.Call = p.parseExpr()
	if _, ok := s.Call.(*CallExpr); !ok {
		p.errorSpan(s.Call.Pos(), s.Call.End(), "expression in go must be a function call or a block")
	}
	return fin(p, s, pos)
}

// header parses the condition of if, while, match or for, where '{'
// begins the body.
func (p *parser) header() Expr {
	old := p.exprLev
	p.exprLev = -1
	x := p.parseExpr()
	p.exprLev = old
	if p.tok == ASSIGN {
		p.errorSpan(p.pos, p.end(), "a condition compares with ==; = assigns")
		p.next()
		p.header()
		return x
	}
	if p.tok == LBRACE && p.fieldAhead() {
		p.errorf(p.pos, "struct literals are not allowed in the condition of if, while, for and match; put the literal in parentheses")
	}
	return x
}

// fieldAhead reports whether `name:` follows the current '{', which begins
// a struct literal, never a block.
func (p *parser) fieldAhead() (field bool) {
	n := 0
	p.lookahead(func(_ source.Pos, tok Token, _ string) bool {
		n++
		field = n == 2 && tok == COLON
		return n == 1 && tok == IDENT
	})
	return field
}

// whileStmt: while Cond Body | while let Pat = Cond Body
func (p *parser) whileStmt(pos source.Pos, label *Ident) *WhileStmt {
	p.next()
	s := &WhileStmt{Label: label}
	if p.got(LET) {
		s.Pat = p.pattern()
		p.expect(ASSIGN)
	}
	s.Cond = p.header()
	s.Body = p.block()
	return fin(p, s, pos)
}

// forStmt: for Pat in X Body
func (p *parser) forStmt(pos source.Pos, label *Ident) *ForStmt {
	p.next()
	if p.tok == LBRACE {
		// Go's endless for { }.
		p.errorSpan(p.pos, p.end(), "Vex's endless loop is loop { }")
		s := &ForStmt{Label: label, Pat: fin(p, &BadPat{}, p.pos), X: fin(p, &BadExpr{}, p.pos)}
		s.Body = p.block()
		return fin(p, s, pos)
	}
	s := &ForStmt{Label: label, Pat: p.pattern()}
	if p.tok != IN && (p.tok == COLON || p.tok == ASSIGN || p.tok == SEMICOLON || p.tok == LBRACE || p.tok >= EQL && p.tok <= GEQ) {
		// Go's or C's for: for i := 0; i < n; i++, or for cond { }.
		p.errorSpan(p.pos, p.end(), "Vex's for loop is for x in a..b or for x in a collection; a loop on a condition is while cond { }")
		s.X = fin(p, &BadExpr{}, p.pos)
		for p.tok != LBRACE && p.tok != RBRACE && p.tok != EOF {
			p.next() // the header, up to the body
		}
		if p.tok == LBRACE {
			s.Body = p.block()
		} else {
			s.Body = fin(p, &Block{}, p.pos)
		}
		return fin(p, s, pos)
	}
	p.expect(IN)
	s.X = p.header()
	s.Body = p.block()
	return fin(p, s, pos)
}

// armBody parses the body of a match arm, select case or closure: an
// expression, or a statement (return, break, continue, go, assignment,
// send), which becomes a block holding it.
func (p *parser) armBody() Expr {
	pos := p.pos
	var s Stmt
	switch p.tok {
	case RETURN, BREAK, CONTINUE, GO:
		s = p.stmt()
	default:
		s = p.simpleStmt()
		if x, ok := s.(*ExprStmt); ok {
			return x.X
		}
		if _, ok := s.(*BadStmt); ok {
			return fin(p, &BadExpr{}, pos)
		}
	}
	return fin(p, &Block{Stmts: []Stmt{s}}, pos)
}
