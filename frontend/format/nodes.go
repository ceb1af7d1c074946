package format

import (
	"slices"

	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
)

// This file prints the file, its items and statements, and the lists that
// they and the expressions share.

func (p *printer) file(f *syntax.File) {
	for i, d := range f.Decls {
		if i > 0 {
			p.separate()
		}
		p.newline(0, true)
		p.docSeparators(p.off(d.Pos()))
		p.decl(d)
	}
	p.newline(0, true)
	p.flushComments(len(p.src) + 1)
	if len(p.out) > 0 {
		p.newlines(1, 0)
	}
}

func (p *printer) decl(d syntax.Decl) {
	switch d.(type) {
	case *syntax.ImportDecl, *syntax.UnsupportedDecl:
		// A re-export begins with export; an unsupported item is printed
		// as written.
	default:
		if d.Exported() {
			p.fixed("export", syntax.EXPORT)
			p.space()
		}
	}
	switch d := d.(type) {
	case *syntax.UnsupportedDecl:
		p.verbatim(d)
	case *syntax.FuncDecl:
		p.funcDecl(d)
	case *syntax.StructDecl:
		p.structDecl(d)
	case *syntax.EnumDecl:
		p.enumDecl(d)
	case *syntax.ContractDecl:
		p.contractDecl(d)
	case *syntax.ConstDecl:
		p.fixed("const", syntax.CONST)
		p.space()
		p.node(d.Name, syntax.IDENT)
		p.fixed(":", syntax.COLON)
		p.space()
		p.typ(d.Type)
		p.assign("=", d.Value)
	case *syntax.TypeAliasDecl:
		p.fixed("type", syntax.TYPE)
		p.space()
		p.node(d.Name, syntax.IDENT)
		p.typeParams(d.TypeParams)
		p.space()
		p.fixed("=", syntax.ASSIGN)
		p.spaceOrBreak(p.off(d.Type.Pos()))
		p.typ(d.Type)
	case *syntax.ImportDecl:
		p.importDecl(d)
	default:
		panic("format: unexpected item " + typeName(d))
	}
}

// assign prints " op value", with a line break after op where the author
// made one.
func (p *printer) assign(op string, value syntax.Expr) {
	p.space()
	p.fixed(op, syntax.ASSIGN)
	p.spaceOrBreak(p.off(value.Pos()))
	p.expr(value)
}

func (p *printer) funcDecl(d *syntax.FuncDecl) {
	if d.Async {
		p.fixed("async", syntax.ASYNC)
		p.space()
	}
	p.fixed("fn", syntax.FN)
	start := p.lineIndent
	p.space()
	if d.Recv != nil {
		p.fixed("(", syntax.LPAREN)
		p.param(d.Recv)
		p.fixed(")", syntax.RPAREN)
		p.space()
	}
	if d.Assoc != nil {
		p.node(d.Assoc, syntax.IDENT)
		if dot := p.skipSpace(p.lastEnd); p.src[dot] == ':' {
			p.token(dot, "::", syntax.COLON2) // as written
		} else {
			p.token(dot, ".", syntax.DOT)
		}
	}
	p.node(d.Name, syntax.IDENT)
	p.typeParams(d.TypeParams)
	p.params(d.Params)
	p.result(d.Result)
	p.space()
	p.blockAt(d.Body, start)
}

// result prints ": R" unless r is nil.
func (p *printer) result(r syntax.Type) {
	if r != nil {
		p.fixed(":", syntax.COLON)
		p.space()
		p.typ(r)
	}
}

// params prints a parameter list in parentheses.
func (p *printer) params(params []*syntax.Param) {
	p.list(listOf(params), "(", ")", func(i int) { p.param(params[i]) })
}

func (p *printer) param(prm *syntax.Param) {
	p.node(prm.Name, syntax.IDENT)
	if prm.Mut {
		p.fixed("!", syntax.NOT)
	}
	if prm.Type != nil {
		p.fixed(":", syntax.COLON)
		p.space()
		p.typ(prm.Type)
	}
	if prm.Default != nil {
		p.assign("=", prm.Default)
	}
}

// typeParams prints <T: A + B, U>, if there are type parameters.
func (p *printer) typeParams(tps []*syntax.TypeParam) {
	if tps == nil {
		// <> leaves no trace in the tree.
		if off := p.find(p.lastEnd, "<"); off >= 0 {
			p.token(off, "<", syntax.LSS)
			p.lastTypeOpen = true
			p.fixed(">", syntax.GTR)
			p.lastTypeClose = true
		}
		return
	}
	p.list(listOf(tps), "<", ">", func(i int) {
		tp := tps[i]
		if tp.Unsupported != nil {
			p.verbatim(tp)
			return
		}
		p.node(tp.Name, syntax.IDENT)
		for j, b := range tp.Bounds {
			if j == 0 {
				p.fixed(":", syntax.COLON)
			} else {
				p.space()
				p.fixed("+", syntax.ADD)
			}
			p.space()
			p.typ(b)
		}
	})
}

// contracts prints ": A, B", the contracts a struct satisfies or a contract
// embeds.
func (p *printer) contracts(list []syntax.Type) {
	for i, t := range list {
		if i == 0 {
			p.fixed(":", syntax.COLON)
		} else {
			p.fixed(",", syntax.COMMA)
		}
		p.space()
		p.typ(t)
	}
}

func (p *printer) structDecl(d *syntax.StructDecl) {
	p.fixed("struct", syntax.STRUCT)
	p.space()
	p.node(d.Name, syntax.IDENT)
	p.typeParams(d.TypeParams)
	if d.Tuple {
		p.list(listOf(d.Fields), "(", ")", func(i int) { p.typ(d.Fields[i].Type) })
		return
	}
	p.contracts(d.Contracts)
	open := p.find(p.lastEnd, "{")
	if open < 0 {
		return // struct U, a unit struct
	}
	oneLine := p.lineOf(open) == p.lineOf(p.off(d.End())-1) && !p.multiline[d]
	members := make([]member, len(d.Fields))
	for i, f := range d.Fields {
		members[i] = member{node: f, print: func() {
			p.sectionLabels(p.off(f.Pos()), oneLine)
			if f.Name.Pos() != f.Pos() {
				p.fixed(f.Visibility.String(), f.Visibility)
				p.space()
			}
			p.node(f.Name, syntax.IDENT)
			p.fixed(":", syntax.COLON)
			p.space()
			p.typ(f.Type)
			if off := p.skipSpace(p.lastEnd); off < len(p.src) && p.src[off] == '`' {
				// A tag, perhaps empty.
				p.space()
				p.tokenAt(off, off+len(f.Tag)+2, syntax.BACKTICK)
			}
		}}
	}
	p.members(d, open, p.off(d.End())-1, members, ",")
}

// sectionLabels prints the section labels, such as public:, that stand
// in the source before the field at off: on a line of their own, indented
// as the struct, unless the struct is on one line.
func (p *printer) sectionLabels(off int, oneLine bool) {
	for {
		at := p.skipSpace(p.lastEnd)
		for at < off && (p.src[at] == ',' || p.src[at] == ';') {
			at = p.skipSpace(at + 1)
		}
		vis := syntax.ILLEGAL
		for _, t := range []syntax.Token{syntax.PUBLIC, syntax.PRIVATE, syntax.READONLY} {
			word := t.String()
			if at+len(word) <= off && string(p.src[at:at+len(word)]) == word && p.src[p.skipSpace(at+len(word))] == ':' {
				vis = t
			}
		}
		if vis == syntax.ILLEGAL {
			return
		}
		if !oneLine {
			p.ws.indent--
		}
		p.token(at, vis.String(), vis)
		p.fixed(":", syntax.COLON)
		if oneLine {
			p.space()
		} else {
			p.newline(p.indent, false)
		}
	}
}

func (p *printer) enumDecl(d *syntax.EnumDecl) {
	p.fixed("enum", syntax.ENUM)
	p.space()
	p.node(d.Name, syntax.IDENT)
	p.typeParams(d.TypeParams)
	p.space()
	open := p.find(p.lastEnd, "{")
	members := make([]member, len(d.Variants))
	for i, v := range d.Variants {
		members[i] = member{node: v, print: func() {
			p.node(v.Name, syntax.IDENT)
			if v.Fields != nil {
				p.list(listOf(v.Fields), "(", ")", func(i int) { p.typ(v.Fields[i]) })
			}
		}}
	}
	p.members(d, open, p.off(d.End())-1, members, ",")
}

func (p *printer) contractDecl(d *syntax.ContractDecl) {
	p.fixed("contract", syntax.CONTRACT)
	p.space()
	p.node(d.Name, syntax.IDENT)
	p.typeParams(d.TypeParams)
	p.contracts(d.Embeds)
	p.space()
	open := p.find(p.lastEnd, "{")
	var members []member
	for _, m := range d.Methods {
		members = append(members, member{node: m, print: func() {
			if m.Name.Pos() != m.Pos() {
				p.fixed("fn", syntax.FN)
				p.space()
			}
			p.node(m.Name, syntax.IDENT)
			params := m.Params
			if m.Recv != nil {
				params = append([]*syntax.Param{m.Recv}, params...)
			}
			p.params(params)
			if m.Mut {
				p.fixed("!", syntax.NOT)
			}
			p.result(m.Result)
		}})
	}
	for _, u := range d.Unsupported {
		members = append(members, member{node: u, print: func() { p.verbatim(u) }})
	}
	slices.SortFunc(members, func(a, b member) int { return int(a.node.Pos() - b.node.Pos()) })
	p.members(d, open, p.off(d.End())-1, members, ";")
}

// A member is a field, variant or contract method, with its printer.
type member struct {
	node  syntax.Node
	print func()
}

// members prints the braced members of a struct, enum or contract: on the
// line of the braces, separated by sep, if the author wrote them there, and
// one per line otherwise, fields and variants with a trailing comma.
func (p *printer) members(d syntax.Decl, open, close int, members []member, sep string) {
	p.space()
	p.token(open, "{", syntax.LBRACE)
	sepTok := syntax.COMMA
	if sep == ";" {
		sepTok = syntax.SEMICOLON
	}
	if p.lineOf(open) == p.lineOf(close) && !p.multiline[d] || len(members) == 0 && !p.commentBefore(close) {
		for i, m := range members {
			if i > 0 {
				p.fixed(sep, sepTok)
			}
			p.space()
			m.print()
		}
		p.space()
		if len(members) == 0 && !p.commentBefore(close) {
			p.ws = ws{}
		}
		p.token(close, "}", syntax.RBRACE)
		return
	}
	outer, saved := p.lineIndent, p.indent
	p.indent = outer + 1
	for i, m := range members {
		p.newline(outer+1, i > 0)
		p.docSeparators(p.off(m.node.Pos()))
		m.print()
		switch {
		case sep == ";":
			p.separate()
		case p.find(p.lastEnd, ",") < 0 && p.endsStatement() && !p.lastTypeClose && p.docNext(p.lastEnd):
			// A comma would give the field or variant after it the doc
			// comment that the line break takes away.
		default:
			p.fixed(",", syntax.COMMA)
		}
	}
	p.closeBrace(close, outer, saved, len(members) == 0)
}

// separate prints the ';' that ends a statement or item before the next
// one, on the next line, where a line break does not end it, or where the
// source has it before a doc comment (see docNext).
func (p *printer) separate() {
	if !p.endsStatement() {
		p.fixed(";", syntax.SEMICOLON)
	} else {
		p.keepSeparator()
	}
}

// closeBrace prints the '}' at close that ends the lines of a block or a
// list indented by outer+1, after the comments before it, and restores the
// item indentation to saved. A blank line of the source before those
// comments is kept unless the braces are empty.
func (p *printer) closeBrace(close, outer, saved int, empty bool) {
	p.newline(outer+1, !empty)
	p.flushComments(close)
	p.newline(outer, false)
	p.indent = saved
	p.token(close, "}", syntax.RBRACE)
}

// commentBefore reports whether a comment not yet printed begins before off.
func (p *printer) commentBefore(off int) bool {
	return p.next < len(p.comments) && p.comments[p.next].from < off
}

func (p *printer) importDecl(d *syntax.ImportDecl) {
	if d.Export {
		p.fixed("export", syntax.EXPORT)
	} else {
		p.fixed("import", syntax.IMPORT)
	}
	p.space()
	if d.Star != nil {
		p.fixed("*", syntax.MUL)
		p.space()
		p.fixed("as", syntax.AS)
		p.space()
		p.node(d.Star, syntax.IDENT)
	} else {
		p.list(listOf(d.Names), "{", "}", func(i int) {
			n := d.Names[i]
			p.node(n.Name, syntax.IDENT)
			if n.Alias != nil {
				p.space()
				p.fixed("as", syntax.AS)
				p.space()
				p.node(n.Alias, syntax.IDENT)
			}
		})
	}
	p.space()
	p.fixed("from", syntax.FROM)
	p.space()
	p.node(d.Path, syntax.STRING)
}

// ---------------------------------------------------------------------------
// Lists

// A nodeList is the extent of each element of a list.
type nodeList struct {
	n        int
	pos, end func(i int) source.Pos
	restLast bool // the last element is ..base or .., which takes no trailing comma
}

func listOf[T syntax.Node](nodes []T) nodeList {
	return nodeList{
		n:   len(nodes),
		pos: func(i int) source.Pos { return nodes[i].Pos() },
		end: func(i int) source.Pos { return nodes[i].End() },
	}
}

// list prints a bracketed list of elements with elem. A list whose author
// put a line break after the opening bracket or before the closing one is
// printed with each element on a line of its own, or several where the
// author kept them on one, and a trailing comma; any other list on the
// line of its brackets, with a line break after a comma where the author
// made one. Braces have a space inside, other brackets none.
func (p *printer) list(l nodeList, open, close string, elem func(i int)) {
	p.listWith(l, open, close, plainList, elem)
}

// A listKind tells the lists that need commas of their own.
type listKind int

const (
	plainList  listKind = iota
	tupleList           // a tuple of one element keeps its comma
	singleList          // the one element of (x) or a[i] takes no comma
)

// listWith is list for lists of kind.
func (p *printer) listWith(l nodeList, open, close string, kind listKind, elem func(i int)) {
	tok := syntax.LPAREN
	closeTok := syntax.RPAREN
	switch open {
	case "[":
		tok, closeTok = syntax.LBRACK, syntax.RBRACK
	case "{":
		tok, closeTok = syntax.LBRACE, syntax.RBRACE
	case "<":
		tok, closeTok = syntax.LSS, syntax.GTR
	}
	openOff := p.fixed(open, tok)
	p.lastTypeOpen = open == "<"
	closeOff := p.closeOf(l, openOff, close)
	braces := open == "{"
	if l.n == 0 {
		switch {
		case p.commentBefore(closeOff) && p.lineOf(closeOff) > p.lineOf(openOff):
			outer, saved := p.lineIndent, p.indent
			p.indent = outer + 1
			p.closeList(closeOff, close, closeTok, outer, saved, true)
		default:
			if braces && p.commentBefore(closeOff) {
				p.space()
			}
			p.closeInline(closeOff, close, closeTok, braces)
		}
		return
	}
	first, last := p.lineOf(p.off(l.pos(0))), p.lineOf(p.off(l.end(l.n-1))-1)
	if first > p.lineOf(openOff) || closeOff >= 0 && p.lineOf(closeOff) > last {
		outer, saved := p.lineIndent, p.indent
		p.indent = outer + 1
		for i := range l.n {
			if i == 0 || p.lineOf(p.off(l.pos(i))) > p.lastLine {
				p.newline(outer+1, i > 0)
			} else {
				p.space()
			}
			elem(i)
			if kind != singleList && !(l.restLast && i == l.n-1) {
				p.fixed(",", syntax.COMMA)
			}
		}
		p.closeList(closeOff, close, closeTok, outer, saved, false)
		return
	}
	if braces {
		p.space()
	}
	for i := range l.n {
		if i > 0 {
			p.fixed(",", syntax.COMMA)
			p.spaceOrBreak(p.off(l.pos(i)))
		}
		elem(i)
	}
	if l.n == 1 && kind == tupleList {
		p.fixed(",", syntax.COMMA)
	}
	if braces {
		p.space()
	}
	p.closeInline(closeOff, close, closeTok, braces)
}

func (p *printer) closeInline(closeOff int, close string, tok syntax.Token, braces bool) {
	if braces && closeOff >= 0 && p.commentBefore(closeOff) {
		p.space()
	}
	if close == ">" && (p.last == "!" || p.last == ">") {
		// The parser splits the > that closes type arguments off !> in
		// Vec<&T!> and off >> in Vec<Vec<T>>.
		p.last = ""
	}
	p.token(closeOff, close, tok)
	p.lastTypeClose = close == ">"
}

func (p *printer) closeList(closeOff int, close string, tok syntax.Token, outer, saved int, empty bool) {
	p.newline(outer+1, !empty)
	if closeOff >= 0 {
		p.flushComments(closeOff)
	}
	p.newline(outer, false)
	p.indent = saved
	p.token(closeOff, close, tok)
	p.lastTypeClose = close == ">"
}

// closeOf returns the offset of the closing bracket of a list that opens
// at open.
func (p *printer) closeOf(l nodeList, open int, close string) int {
	from := open + 1
	if l.n > 0 {
		from = p.off(l.end(l.n - 1))
	}
	if close == ">" {
		// A '>' may be the first byte of >> or >=.
		off := p.skipSpace(from)
		for off < len(p.src) && (p.src[off] == ',' || p.src[off] == ';') {
			off = p.skipSpace(off + 1)
		}
		return off
	}
	return p.find(from, close)
}
