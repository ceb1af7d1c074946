package format

import (
	"reflect"

	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
)

// This file prints blocks, statements, expressions, types and patterns.

func typeName(n syntax.Node) string { return reflect.TypeOf(n).String() }

// block prints a block: on one line if the author wrote it on one and it
// holds no match or select, its statements parted by "; "; otherwise one
// statement per line, indented one more than the line of its "{".
func (p *printer) block(b *syntax.Block) { p.blockAt(b, braceLine) }

// braceLine, as the outer indentation of blockAt, is that of the line of
// the block's "{".
const braceLine = -1

// blockAt is block with the indentation of the lines of its statements
// one more than outer and that of its "}" outer: the body of an if, while,
// for, match or fn is indented from the line where the statement starts,
// as gofmt indents it, even when its header goes on over more lines.
func (p *printer) blockAt(b *syntax.Block, outer int) {
	open := p.fixed("{", syntax.LBRACE)
	if outer == braceLine {
		outer = p.lineIndent
	}
	close := p.off(b.End()) - 1
	if len(b.Stmts) == 0 && !p.commentBefore(close) {
		p.token(close, "}", syntax.RBRACE)
		return
	}
	if p.lineOf(open) == p.lineOf(close) && !p.multiline[b] {
		for i, s := range b.Stmts {
			if i > 0 {
				p.fixed(";", syntax.SEMICOLON)
			}
			p.space()
			p.stmt(s)
		}
		p.blockValue(b)
		p.space()
		p.token(close, "}", syntax.RBRACE)
		return
	}
	saved := p.indent
	p.indent = outer + 1
	for i, s := range b.Stmts {
		if i > 0 {
			p.separate()
		}
		p.newline(outer+1, i > 0)
		p.docSeparators(p.off(s.Pos()))
		p.stmt(s)
	}
	p.blockValue(b)
	p.closeBrace(close, outer, saved, len(b.Stmts) == 0)
}

// blockValue prints the ';' after the last statement of b that makes it
// no value of the block.
func (p *printer) blockValue(b *syntax.Block) {
	if len(b.Stmts) > 0 {
		if x, ok := b.Stmts[len(b.Stmts)-1].(*syntax.ExprStmt); ok && x.Semi {
			p.fixed(";", syntax.SEMICOLON)
		}
	}
}

// body prints the body of a match arm, select case or closure: a block, or
// an expression or statement that the parser wrapped in a block without
// braces.
func (p *printer) body(x syntax.Expr) {
	if s := wrapped(x); s != nil {
		p.stmt(s)
		return
	}
	p.expr(x)
}

// wrapped returns the statement that the parser wrapped in a block without
// braces as the body of an arm or closure, or nil.
func wrapped(x syntax.Expr) syntax.Stmt {
	if b, ok := x.(*syntax.Block); ok && len(b.Stmts) == 1 && b.Stmts[0].Pos() == b.Pos() {
		return b.Stmts[0]
	}
	return nil
}

// ---------------------------------------------------------------------------
// Statements

func (p *printer) stmt(s syntax.Stmt) {
	switch s := s.(type) {
	case *syntax.DeclStmt:
		p.decl(s.Decl)
	case *syntax.LetStmt:
		if s.Mut {
			p.fixed("let!", syntax.LETMUT)
		} else {
			p.fixed("let", syntax.LET)
		}
		p.space()
		p.pat(s.Pat)
		if s.Type != nil {
			p.fixed(":", syntax.COLON)
			p.space()
			p.typ(s.Type)
		}
		if s.Value != nil {
			p.assign("=", s.Value)
		}
	case *syntax.ExprStmt:
		p.expr(s.X)
	case *syntax.AssignStmt:
		p.expr(s.Lhs)
		p.assign(s.Op.String(), s.Rhs)
	case *syntax.SendStmt:
		p.expr(s.Chan)
		p.space()
		p.fixed("<-", syntax.ARROW)
		p.spaceOrBreak(p.off(s.Value.Pos()))
		p.expr(s.Value)
	case *syntax.ReturnStmt:
		p.fixed("return", syntax.RETURN)
		if s.Result != nil {
			p.space()
			p.expr(s.Result)
		}
	case *syntax.BreakStmt:
		p.fixed("break", syntax.BREAK)
		p.label(s.Label)
		if s.Value != nil {
			p.space()
			p.expr(s.Value)
		}
	case *syntax.ContinueStmt:
		p.fixed("continue", syntax.CONTINUE)
		p.label(s.Label)
	case *syntax.DeferStmt:
		p.fixed("defer", syntax.DEFER)
		p.space()
		p.expr(s.Call)
	case *syntax.GoStmt:
		p.fixed("go", syntax.GO)
		p.space()
		if s.Body != nil {
			p.block(s.Body)
		} else {
			p.expr(s.Call)
		}
	case *syntax.WhileStmt:
		p.loopLabel(s.Label)
		p.fixed("while", syntax.WHILE)
		start := p.lineIndent
		p.space()
		p.condition(s.Pat, s.Cond)
		p.space()
		p.blockAt(s.Body, start)
	case *syntax.ForStmt:
		p.loopLabel(s.Label)
		p.fixed("for", syntax.FOR)
		start := p.lineIndent
		p.space()
		p.pat(s.Pat)
		p.space()
		p.fixed("in", syntax.IN)
		p.space()
		p.expr(s.X)
		p.space()
		p.blockAt(s.Body, start)
	default:
		panic("format: unexpected statement " + typeName(s))
	}
}

// label prints the label after break or continue, if any.
func (p *printer) label(l *syntax.Ident) {
	if l != nil {
		p.space()
		p.node(l, syntax.LABEL)
	}
}

// loopLabel prints the label before a loop, if any.
func (p *printer) loopLabel(l *syntax.Ident) {
	if l != nil {
		p.node(l, syntax.LABEL)
		p.fixed(":", syntax.COLON)
		p.space()
	}
}

// condition prints the condition of if and while, with its let pattern.
func (p *printer) condition(pat syntax.Pattern, cond syntax.Expr) {
	if pat != nil {
		p.fixed("let", syntax.LET)
		p.space()
		p.pat(pat)
		p.space()
		p.fixed("=", syntax.ASSIGN)
		p.spaceOrBreak(p.off(cond.Pos()))
	}
	p.expr(cond)
}

// ---------------------------------------------------------------------------
// Expressions

func (p *printer) expr(x syntax.Expr) {
	switch x := x.(type) {
	case *syntax.UnsupportedExpr, *syntax.FString:
		p.verbatim(x)
	case *syntax.Ident:
		p.node(x, syntax.IDENT)
	case *syntax.BasicLit:
		p.node(x, x.Kind)
	case *syntax.BoolLit, *syntax.NilLit:
		p.node(x, syntax.TRUE)
	case *syntax.ParenExpr:
		p.listWith(listOf([]syntax.Expr{x.X}), "(", ")", singleList, func(int) { p.expr(x.X) })
	case *syntax.TupleExpr:
		p.listWith(listOf(x.Elems), "(", ")", tupleList, func(i int) { p.expr(x.Elems[i]) })
	case *syntax.ArrayExpr:
		if x.Count != nil {
			p.fixed("[", syntax.LBRACK)
			p.expr(x.Elems[0])
			p.fixed(";", syntax.SEMICOLON)
			p.space()
			p.expr(x.Count)
			p.fixed("]", syntax.RBRACK)
			return
		}
		p.list(listOf(x.Elems), "[", "]", func(i int) { p.expr(x.Elems[i]) })
	case *syntax.StructLit:
		p.expr(x.Type)
		p.space()
		elems := make([]syntax.Node, 0, len(x.Fields)+1)
		for _, f := range x.Fields {
			elems = append(elems, f)
		}
		if x.Base != nil {
			// ..Base may stand anywhere among the fields.
			at := len(elems)
			for at > 0 && elems[at-1].Pos() > x.Base.Pos() {
				at--
			}
			elems = append(elems[:at], append([]syntax.Node{x.Base}, elems[at:]...)...)
		}
		l := listOf(elems)
		l.restLast = x.Base != nil && elems[len(elems)-1] == x.Base
		p.list(l, "{", "}", func(i int) {
			switch e := elems[i].(type) {
			case *syntax.FieldInit:
				p.node(e.Name, syntax.IDENT)
				if e.Value != nil {
					p.fixed(":", syntax.COLON)
					p.spaceOrBreak(p.off(e.Value.Pos()))
					p.expr(e.Value)
				}
			default:
				p.fixed("..", syntax.RANGE)
				p.expr(x.Base)
			}
		})
	case *syntax.SelectorExpr:
		p.expr(x.X)
		dot := p.skipSpace(p.lastEnd)
		p.breakIfSplit(dot)
		if p.src[dot] == ':' {
			p.token(dot, "::", syntax.COLON2)
		} else {
			p.token(dot, ".", syntax.DOT)
		}
		p.node(x.Sel, syntax.IDENT)
	case *syntax.TupleIndexExpr:
		p.expr(x.X)
		if lit, ok := x.X.(*syntax.BasicLit); ok && lit.Kind == syntax.INT {
			p.space() // 1 .0, which 1.0 is not
		}
		dot := p.skipSpace(p.lastEnd)
		if p.src[dot] == ':' {
			p.token(dot, "::", syntax.COLON2)
		} else {
			p.token(dot, ".", syntax.DOT)
		}
		off := p.skipSpace(p.lastEnd)
		end := off
		for end < len(p.src) && '0' <= p.src[end] && p.src[end] <= '9' {
			end++
		}
		p.tokenAt(off, end, syntax.IDENT)
	case *syntax.IndexExpr:
		p.expr(x.X)
		p.listWith(listOf([]syntax.Expr{x.Index}), "[", "]", singleList, func(int) { p.expr(x.Index) })
	case *syntax.InstExpr:
		p.expr(x.X)
		p.list(listOf(x.TypeArgs), "<", ">", func(i int) { p.typ(x.TypeArgs[i]) })
	case *syntax.CallExpr:
		p.expr(x.Fun)
		p.list(listOf(x.Args), "(", ")", func(i int) {
			if i == len(x.Args)-1 && x.Ellipsis.IsValid() {
				p.fixed("...", syntax.ELLIPSIS)
			}
			p.expr(x.Args[i])
		})
	case *syntax.TryExpr:
		p.expr(x.X)
		if _, inner := x.X.(*syntax.TryExpr); inner && p.lastTok == syntax.QUESTION && p.lastEnd < len(p.src) && p.src[p.lastEnd] == '?' {
			// x?? written so: the parser took ?? for two ?s.
			// ?? does not end a line as ? does.
			p.ws, p.last = ws{}, ""
			p.tokenAt(p.lastEnd, p.lastEnd+1, syntax.QQ)
			return
		}
		p.fixed("?", syntax.QUESTION)
	case *syntax.UnaryExpr:
		p.unary(x)
	case *syntax.AwaitExpr:
		p.fixed("await", syntax.AWAIT)
		p.space()
		p.expr(x.X)
	case *syntax.BinaryExpr:
		p.expr(x.X)
		p.space()
		p.fixed(x.Op.String(), x.Op)
		p.spaceOrBreak(p.off(x.Y.Pos()))
		p.body(x.Y) // opt !> return e keeps its bare return
	case *syntax.CastExpr:
		p.expr(x.X)
		p.space()
		p.fixed("as", syntax.AS)
		p.space()
		p.typ(x.Type)
	case *syntax.RangeExpr:
		if x.Lo != nil {
			p.expr(x.Lo)
		}
		if x.Inclusive {
			p.fixed("..=", syntax.RANGEINCL)
		} else {
			p.fixed("..", syntax.RANGE)
		}
		if x.Hi != nil {
			p.breakIfSplit(p.off(x.Hi.Pos()))
			p.expr(x.Hi)
		}
	case *syntax.TernaryExpr:
		p.expr(x.Cond)
		p.space()
		p.fixed("?", syntax.QUESTION)
		p.spaceOrBreak(p.off(x.Then.Pos()))
		p.expr(x.Then)
		p.space()
		p.fixed(":", syntax.COLON)
		p.spaceOrBreak(p.off(x.Else.Pos()))
		p.expr(x.Else)
	case *syntax.ClosureExpr:
		p.closure(x)
	case *syntax.Block:
		p.block(x)
	case *syntax.IfExpr:
		p.ifExpr(x)
	case *syntax.MatchExpr:
		p.fixed("match", syntax.MATCH)
		start := p.lineIndent
		p.space()
		p.expr(x.X)
		p.space()
		p.arms(p.off(x.End())-1, len(x.Arms), start, func(i int) {
			arm := x.Arms[i]
			p.pat(arm.Pat)
			if arm.Guard != nil {
				p.space()
				p.fixed("if", syntax.IF)
				p.space()
				p.expr(arm.Guard)
			}
			p.armBody(arm.Body)
		})
	case *syntax.LoopExpr:
		p.loopLabel(x.Label)
		p.fixed("loop", syntax.LOOP)
		p.space()
		p.block(x.Body)
	case *syntax.SelectExpr:
		p.fixed("select", syntax.SELECT)
		p.space()
		p.arms(p.off(x.End())-1, len(x.Cases), p.lineIndent, func(i int) { p.selectCase(x.Cases[i]) })
	default:
		panic("format: unexpected expression " + typeName(x))
	}
}

func (p *printer) unary(x *syntax.UnaryExpr) {
	off := p.off(x.Pos())
	switch {
	case x.Op == syntax.ANDMUT && p.src[off+1] != '!':
		// &x!, another spelling of &!x
		p.fixed("&", syntax.AND)
		p.expr(x.X)
		p.fixed("!", syntax.NOT)
		return
	case x.Op == syntax.AND && p.src[off+1] == '&':
		// &&x, which the parser reads as & &x
		p.fixed("&&", syntax.LAND)
		p.expr(x.X.(*syntax.UnaryExpr).X)
		return
	}
	p.fixed(x.Op.String(), x.Op)
	switch x.Op {
	case syntax.SUMRED, syntax.PRODRED, syntax.MINRED, syntax.MAXRED, syntax.ANDRED, syntax.ORRED:
		p.space()
	}
	p.expr(x.X)
}

func (p *printer) closure(x *syntax.ClosureExpr) {
	if len(x.Params) == 0 {
		off := p.skipSpace(p.lastEnd)
		if p.src[off+1] == '|' {
			p.token(off, "||", syntax.LOR)
		} else {
			p.token(off, "|", syntax.OR)
			p.fixed("|", syntax.OR)
		}
	} else {
		p.fixed("|", syntax.OR)
		for i, prm := range x.Params {
			if i > 0 {
				p.fixed(",", syntax.COMMA)
				p.spaceOrBreak(p.off(prm.Pos()))
			}
			p.param(prm)
		}
		p.fixed("|", syntax.OR)
	}
	if x.Result != nil {
		p.result(x.Result)
		p.space()
		p.block(x.Body.(*syntax.Block))
		return
	}
	p.spaceOrBreak(p.off(x.Body.Pos()))
	p.body(x.Body)
}

// ifExpr prints an if and its else branches.
func (p *printer) ifExpr(x *syntax.IfExpr) {
	p.fixed("if", syntax.IF)
	p.ifRest(x)
}

// ifRest prints an if or elif after its keyword.
func (p *printer) ifRest(x *syntax.IfExpr) {
	start := p.lineIndent
	p.space()
	p.condition(x.Pat, x.Cond)
	p.space()
	p.blockAt(x.Then, start)
	if x.Else == nil {
		return
	}
	off := p.skipSpace(p.lastEnd)
	if p.lineOf(off) > p.lastLine {
		// Vex code may put elif and else on a line of their own.
		p.newline(p.lineIndent, true)
	} else {
		p.space()
	}
	if string(p.src[off:off+4]) == "elif" {
		p.token(off, "elif", syntax.ELIF)
		p.ifRest(x.Else.(*syntax.IfExpr))
		return
	}
	p.token(off, "else", syntax.ELSE)
	p.space()
	if elif, ok := x.Else.(*syntax.IfExpr); ok {
		p.ifExpr(elif)
	} else {
		p.block(x.Else.(*syntax.Block))
	}
}

// arms prints the braced arms of a match or select that closes at close,
// one per line, indented one more than outer, as blockAt indents.
func (p *printer) arms(close int, n int, outer int, arm func(i int)) {
	p.fixed("{", syntax.LBRACE)
	if n == 0 && !p.commentBefore(close) {
		p.token(close, "}", syntax.RBRACE)
		return
	}
	saved := p.indent
	p.indent = outer + 1
	for i := range n {
		p.newline(outer+1, i > 0)
		arm(i)
	}
	p.closeBrace(close, outer, saved, n == 0)
}

// armBody prints "=> body" and the comma after it, which an arm whose body
// is a block goes without.
func (p *printer) armBody(body syntax.Expr) {
	p.space()
	p.fixed("=>", syntax.FATARROW)
	p.spaceOrBreak(p.off(body.Pos()))
	p.body(body)
	if _, ok := body.(*syntax.Block); !ok || wrapped(body) != nil {
		p.fixed(",", syntax.COMMA)
	}
}

func (p *printer) selectCase(c *syntax.SelectCase) {
	if c.Bind != nil {
		p.pat(c.Bind)
		p.space()
		p.fixed("=", syntax.ASSIGN)
		p.space()
	}
	switch c.Kind {
	case syntax.SelectDefault:
		p.fixed("default", syntax.IDENT)
	case syntax.SelectAfter:
		p.fixed("after", syntax.IDENT)
		p.space()
		p.expr(c.Value)
	case syntax.SelectSend:
		p.expr(c.Chan)
		p.space()
		p.fixed("<-", syntax.ARROW)
		p.space()
		p.expr(c.Value)
	case syntax.SelectRecv:
		p.fixed("<-", syntax.ARROW)
		p.expr(c.Chan)
	case syntax.SelectRecvOpt:
		p.expr(c.Chan)
		p.fixed(".", syntax.DOT)
		p.fixed("recv", syntax.IDENT)
		p.fixed("(", syntax.LPAREN)
		p.fixed(")", syntax.RPAREN)
	}
	p.armBody(c.Body)
}

// ---------------------------------------------------------------------------
// Types and patterns

// parens prints the parentheses, which the tree does not keep, around the
// type or pattern at pos, and returns their number.
func (p *printer) parens(pos source.Pos) int {
	target, n := p.off(pos), 0
	for off := p.skipSpace(p.lastEnd); off < target && p.src[off] == '('; off = p.skipSpace(off + 1) {
		p.token(off, "(", syntax.LPAREN)
		n++
	}
	return n
}

func (p *printer) closeParens(n int) {
	for range n {
		p.fixed(")", syntax.RPAREN)
	}
}

func (p *printer) typ(t syntax.Type) {
	n := p.parens(t.Pos())
	defer p.closeParens(n)
	switch t := t.(type) {
	case *syntax.UnsupportedType:
		p.verbatim(t)
	case *syntax.NamedType:
		if t.Pkg != nil {
			p.node(t.Pkg, syntax.IDENT)
			p.fixed(".", syntax.DOT)
		}
		p.node(t.Name, syntax.IDENT)
		if t.Args != nil {
			p.list(listOf(t.Args), "<", ">", func(i int) { p.typ(t.Args[i]) })
		}
	case *syntax.RefType:
		if inner, ok := t.Elem.(*syntax.RefType); ok && p.src[p.off(t.Pos())+1] == '&' {
			// &&T, which the parser reads as & &T (&&'a T, a reference
			// with a lifetime, is & and the verbatim rest)
			p.fixed("&&", syntax.LAND)
			p.typ(inner.Elem)
			if inner.Mut {
				p.fixed("!", syntax.NOT)
			}
		} else {
			p.fixed("&", syntax.AND)
			p.typ(t.Elem)
		}
		if t.Mut {
			p.fixed("!", syntax.NOT)
		}
	case *syntax.ArrayType:
		p.fixed("[", syntax.LBRACK)
		p.typ(t.Elem)
		if t.Len != nil {
			p.fixed(";", syntax.SEMICOLON)
			p.space()
			p.expr(t.Len)
		}
		p.fixed("]", syntax.RBRACK)
	case *syntax.TupleType:
		p.listWith(listOf(t.Elems), "(", ")", tupleList, func(i int) { p.typ(t.Elems[i]) })
	case *syntax.FuncType:
		p.fixed("fn", syntax.FN)
		p.list(listOf(t.Params), "(", ")", func(i int) { p.typ(t.Params[i]) })
		p.result(t.Result)
	default:
		panic("format: unexpected type " + typeName(t))
	}
}

func (p *printer) pat(x syntax.Pattern) {
	n := p.parens(x.Pos())
	defer p.closeParens(n)
	switch x := x.(type) {
	case *syntax.WildcardPat:
		p.node(x, syntax.IDENT)
	case *syntax.RestPat:
		p.node(x, syntax.RANGE)
	case *syntax.IdentPat:
		p.node(x.Name, syntax.IDENT)
	case *syntax.LitPat:
		p.expr(x.Value)
	case *syntax.RangePat:
		if x.Lo != nil {
			p.expr(x.Lo)
		}
		if x.Inclusive {
			p.fixed("..=", syntax.RANGEINCL)
		} else {
			p.fixed("..", syntax.RANGE)
		}
		if x.Hi != nil {
			p.expr(x.Hi)
		}
	case *syntax.TuplePat:
		p.listWith(listOf(x.Elems), "(", ")", tupleList, func(i int) { p.pat(x.Elems[i]) })
	case *syntax.ArrayPat:
		p.list(listOf(x.Elems), "[", "]", func(i int) { p.pat(x.Elems[i]) })
	case *syntax.VariantPat:
		p.expr(x.Path)
		if x.Parens {
			p.list(listOf(x.Args), "(", ")", func(i int) { p.pat(x.Args[i]) })
		}
	case *syntax.StructPat:
		p.expr(x.Type)
		p.space()
		l := listOf(x.Fields)
		if x.Rest {
			from := x.Type.End()
			if len(x.Fields) > 0 {
				from = x.Fields[len(x.Fields)-1].End()
			}
			rest := p.find(p.off(from), "..")
			if rest < 0 {
				rest = p.off(x.End()) - 1
			}
			fields := l
			l.n++
			l.restLast = true
			l.pos = func(i int) source.Pos {
				if i < fields.n {
					return fields.pos(i)
				}
				return p.pos(rest)
			}
			l.end = func(i int) source.Pos {
				if i < fields.n {
					return fields.end(i)
				}
				return p.pos(rest + 2)
			}
		}
		p.list(l, "{", "}", func(i int) {
			if i == len(x.Fields) {
				p.fixed("..", syntax.RANGE)
				return
			}
			f := x.Fields[i]
			p.node(f.Name, syntax.IDENT)
			if f.Pat != nil {
				p.fixed(":", syntax.COLON)
				p.space()
				p.pat(f.Pat)
			}
		})
	case *syntax.OrPat:
		for i, alt := range x.Alts {
			if i > 0 {
				p.space()
				p.fixed("|", syntax.OR)
				p.spaceOrBreak(p.off(alt.Pos()))
			}
			p.pat(alt)
		}
	default:
		panic("format: unexpected pattern " + typeName(x))
	}
}
