package syntax

import (
	"strings"

	"github.com/vexlang/vex2go/frontend/source"
)

// This file parses items: the declarations of a file or a block.

func (p *parser) parseFile(f *File) {
	for p.tok != EOF {
		if p.got(SEMICOLON) {
			continue
		}
		start := p.pos
		if p.tok == AT || p.tok == HASH {
			// An attribute is refused on its own; the item after it is
			// parsed as usual.
			f.Decls = append(f.Decls, p.attribute())
			continue
		}
		d := p.decl(true)
		f.Decls = append(f.Decls, d)
		if _, bad := d.(*BadDecl); !bad {
			p.declEnd()
		}
		if p.pos == start {
			p.next()
		}
	}
}

// declEnd checks the end of an item and skips to the next one on error.
func (p *parser) declEnd() {
	switch {
	case p.got(SEMICOLON), p.tok == EOF, p.typeClose && p.nlBefore:
	default:
		p.errorSpan(p.pos, p.end(), "unexpected "+p.tokDesc()+" after item")
		p.skipDecl()
	}
}

// decl parses an item. At the top level, anything else is refused as a
// statement; in a block the caller only calls decl for item keywords.
func (p *parser) decl(top bool) Decl {
	pos, doc := p.pos, p.doc
	export := false
	if p.tok == EXPORT {
		export = true
		p.next()
		if p.tok == LBRACE || p.tok == MUL {
			return p.importDecl(pos, doc, true)
		}
	}
	base := declBase{Doc: doc, Export: export}
	switch p.tok {
	case FN:
		return p.funcDecl(pos, base, false)
	case ASYNC:
		p.next()
		if p.tok != FN {
			p.errorExpected("'fn' after 'async'")
			return p.badDecl(pos)
		}
		return p.funcDecl(pos, base, true)
	case STRUCT:
		return p.structDecl(pos, base)
	case ENUM:
		return p.enumDecl(pos, base)
	case CONTRACT:
		return p.contractDecl(pos, base)
	case CONST:
		return p.constDecl(pos, base)
	case TYPE:
		return p.typeDecl(pos, base)
	case IMPORT:
		if export {
			p.errorExpected("item after 'export'")
		}
		return p.importDecl(pos, doc, false)
	case IDENT:
		if p.unsupportedItemAhead(top) {
			return p.unsupportedDecl(pos, base)
		}
	}
	if top && !export && p.startsStmt() {
		p.errorSpan(p.pos, p.end(), "statements are not allowed at top level; only items (fn, struct, enum, ...) may appear here")
		p.silent++ // the statement's own errors would only repeat this one
		p.stmt()
		p.silent--
		p.failed = false
		return fin(p, &BadDecl{}, pos)
	}
	p.errorExpected("item (fn, struct, enum, contract, const, type, import)")
	return p.badDecl(pos)
}

// badDecl skips a broken item: to the next item at the top level, or to
// the end of the statement in a block.
func (p *parser) badDecl(pos source.Pos) Decl {
	if p.blocks > 0 {
		p.skipStmt()
	} else {
		p.skipDecl()
	}
	return fin(p, &BadDecl{}, pos)
}

// unsupportedItems names the out-of-scope features that begin with a
// word, as items or, for unsafe and asm, as blocks.
var unsupportedItems = map[string]string{
	"graph":       "graph fn is",
	"gpu":         "GPU functions are",
	"kernel":      "GPU functions are",
	"extern":      "extern declarations (FFI) are",
	"unsafe":      "unsafe is",
	"threadlocal": "threadlocal is",
	"asm":         "inline assembly (asm) is",
	"policy":      "policy items are",
}

// foreignItems gives the Vex way of writing what other languages begin
// with a word that Vex does not have: Go's func and var, Rust's impl,
// trait, pub and use, and others. Such an item is an error of syntax, not
// an out-of-scope feature.
var foreignItems = map[string]string{
	"func":      "Vex declares a function with fn",
	"function":  "Vex declares a function with fn",
	"def":       "Vex declares a function with fn",
	"impl":      "Vex has no impl blocks: declare each method on its own, fn (self: &T) name(...)",
	"trait":     "Vex has no traits: declare a contract",
	"interface": "Vex has no interfaces: declare a contract",
	"class":     "Vex has no classes: declare a struct, and its methods as fn (self: &T) name(...)",
	"pub":       "Vex has no pub: write export before the item",
	"use":       `Vex imports with import { name } from "path"`,
	"package":   "Vex has no package clause: the files of a directory are its package",
	"mod":       "Vex has no mod items: a directory is a package, imported by its path",
	"var":       "Vex has no global variables: declare a const, or a let in a function",
	"static":    "Vex has no static items: declare a const",
}

// unsupportedItemAhead reports whether the name at the current token
// begins an item that vex2go refuses: a word of unsupportedItems before an
// item, a name or a string (extern "C" { }), or, at the top level, any
// other word before an item keyword or a name, such as a Vex item kind
// that vex2go does not know.
func (p *parser) unsupportedItemAhead(top bool) bool {
	known := unsupportedItems[p.lit] != ""
	if !top && !known {
		return false
	}
	switch next, _ := p.peek(); next {
	case FN, ASYNC, STRUCT, ENUM, CONTRACT, CONST, TYPE, LET, LETMUT, IDENT:
		return true
	case STRING:
		return known
	}
	return false
}

// unsupportedDecl parses an item that vex2go refuses: its leading word,
// then a whole item after it (graph fn f() { }), whose name it keeps, or
// anything up to the end of the item (policy P { ... }).
func (p *parser) unsupportedDecl(pos source.Pos, base declBase) Decl {
	word := p.lit
	if msg := foreignItems[word]; msg != "" {
		p.errorSpan(p.pos, p.end(), msg)
		p.next()
		p.silent++ // the rest of the item is not Vex either
		p.skipItem()
		p.silent--
		p.failed = false
		return fin(p, &BadDecl{}, pos)
	}
	feature := unsupportedItems[word]
	if feature == "" {
		feature = word + " items are"
	}
	d := &UnsupportedDecl{declBase: base, Feature: feature}
	p.next()
	p.silent++ // the item's own errors do not matter: it is refused
	switch p.tok {
	case FN, ASYNC, STRUCT, ENUM, CONTRACT, CONST, TYPE:
		d.Name = DeclName(p.decl(false))
	case LET, LETMUT:
		if id, ok := p.letStmt().Pat.(*IdentPat); ok {
			d.Name = id.Name
		}
	case IDENT:
		d.Name = p.ident()
		p.skipItem()
	default:
		p.skipItem()
	}
	p.silent--
	p.failed = false
	return fin(p, d, pos)
}

// skipItem skips to the end of an item: to a semicolon or line break
// outside brackets, or before a '}' that closes an enclosing block.
func (p *parser) skipItem() {
	depth := 0
	for p.tok != EOF {
		switch p.tok {
		case LPAREN, LBRACK, LBRACE:
			depth++
		case RPAREN, RBRACK, RBRACE:
			if depth == 0 {
				return
			}
			depth--
		case SEMICOLON:
			if depth == 0 {
				return
			}
		}
		p.next()
	}
}

// attribute parses an attribute, @name[(...)] or #[...], which vex2go
// refuses.
func (p *parser) attribute() Decl {
	pos := p.pos
	p.next()
	p.got(NOT)
	p.got(IDENT)
	p.skipGroup()
	return fin(p, &UnsupportedDecl{Feature: "attributes (" + p.src[p.file.Offset(pos):p.file.Offset(pos)+1] + "...) are"}, pos)
}

// funcDecl: fn [(Recv)] [Assoc.]Name[<TypeParams>](Params)[: Result] Body
// (Assoc::Name too, as :: is . in expressions).
func (p *parser) funcDecl(pos source.Pos, base declBase, async bool) *FuncDecl {
	d := &FuncDecl{declBase: base, Async: async}
	p.expect(FN)
	if p.got(LPAREN) {
		d.Recv = p.param(false)
		p.closing(RPAREN)
	}
	if p.tok == IDENT {
		if t, _ := p.peek(); t == DOT || t == COLON2 {
			d.Assoc = p.ident()
			p.next()
		}
	}
	d.Name, d.Op = p.funcName()
	if p.tok == LSS {
		d.TypeParams = p.typeParams()
	}
	d.Params = p.params()
	d.Result = p.result()
	if p.tok == LBRACE {
		d.Body = p.block()
	} else {
		p.errorExpected("'{' starting the function body")
	}
	return fin(p, d, pos)
}

// funcName parses the name of a function or method: a name, or the name
// of an operator method, op followed at once by its operator (op+, op==,
// op[], op[]=). The parser takes any operator there; the checker decides
// which ones a type may define. An operator without op (fn +(...)) is
// taken too, for the checker to refuse as the old style.
func (p *parser) funcName() (*Ident, Token) {
	pos := p.pos
	switch {
	case p.tok == IDENT && p.lit == "op" && p.opAhead():
		p.next()
	case isOperator(p.tok) || p.tok == LBRACK:
	default:
		return p.ident(), ILLEGAL
	}
	op := p.tok
	p.next()
	if op == LBRACK {
		op = INDEX
		if p.expect(RBRACK); p.tok == ASSIGN && p.pos == p.prevEnd {
			op = INDEXSET
			p.next()
		}
	}
	// Operators written together, as in C++'s and Rust's op<=>, are read
	// as one name and refused, so that the parameters still parse.
	glued := false
	for (isOperator(p.tok) || p.tok == ASSIGN) && p.pos == p.prevEnd {
		glued = true
		p.next()
	}
	id := &Ident{Name: p.src[p.file.Offset(pos):p.file.Offset(p.prevEnd)]}
	if glued {
		if strings.HasSuffix(id.Name, "<=>") {
			p.errorf(pos, "Vex has no operator <=>: define op< and op== instead (sort uses op<)")
		} else {
			p.errorf(pos, "%s is not an operator method: %s is not one operator", id.Name, strings.TrimPrefix(id.Name, "op"))
		}
	}
	return fin(p, id, pos), op
}

// opAhead reports whether the name op at the current token is followed at
// once by an operator that makes it an operator method's name. op< is one
// when '(' follows the '<', and otherwise opens type parameters.
func (p *parser) opAhead() bool {
	next := p.end()
	var toks [2]Token
	n := 0
	p.lookahead(func(pos source.Pos, tok Token, _ string) bool {
		if n == 0 && pos != next {
			return false
		}
		toks[n] = tok
		n++
		return n < 2
	})
	switch {
	case n == 0:
		return false
	case toks[0] == LSS:
		return toks[1] == LPAREN
	}
	return isOperator(toks[0]) || toks[0] == LBRACK
}

// isOperator reports whether tok is an operator that an operator method
// may name.
func isOperator(tok Token) bool {
	return ADD <= tok && tok <= GEQ || VSHL <= tok && tok <= MATMUL
}

// result parses an optional `: Type` result, and refuses Rust's `-> Type`
// with a hint.
func (p *parser) result() Type {
	switch p.tok {
	case COLON:
		p.next()
		return p.parseType()
	case THINARROW:
		p.errorf(p.pos, "a result type is written ': T', not '-> T'")
		p.next()
		return p.parseType()
	}
	return nil
}

// params: ( Param, ... )
func (p *parser) params() (list []*Param) {
	if !p.got(LPAREN) {
		p.errorExpected("'(' starting the parameters")
		return nil
	}
	p.list("parameter list", COMMA, RPAREN, func() {
		list = append(list, p.param(false))
	})
	p.closing(RPAREN)
	return list
}

// param: Name[!][: Type][= Default]. The type is optional only in closures.
func (p *parser) param(closure bool) *Param {
	pos := p.pos
	prm := &Param{}
	if p.tok == SELF {
		prm.Name = fin(p, &Ident{Name: "self"}, pos)
		p.next()
		prm.Name.SetSpan(pos, p.prevEnd)
	} else {
		prm.Name = p.ident()
	}
	prm.Mut = p.got(NOT)
	if p.got(COLON) {
		prm.Type = p.paramType(closure)
	} else if !closure {
		p.errorExpected("':' and the parameter's type")
	}
	if !closure && p.got(ASSIGN) {
		prm.Default = p.parseExpr()
	}
	return fin(p, prm, pos)
}

// paramType parses the type of a parameter, or a variadic ...T, which
// vex2go refuses. In a closure, a union type cannot end the parameters.
func (p *parser) paramType(closure bool) Type {
	if p.tok == ELLIPSIS {
		pos := p.pos
		p.next()
		p.parseType()
		return p.unsupportedType(pos, "variadic parameters (...T) are")
	}
	if closure {
		return p.typ(false)
	}
	return p.parseType()
}

// typeParams: < Name[: Bound + ...][= Default], ... >, where a default,
// a const generic `const N: T` and a lifetime 'a are parsed and refused.
func (p *parser) typeParams() (list []*TypeParam) {
	p.next()
	for !p.splitGreater() && p.tok != EOF {
		pos := p.pos
		tp := &TypeParam{}
		switch p.tok {
		case LABEL:
			tp.Name = fin(p, &Ident{Name: p.lit}, pos)
			p.next()
			tp.Name.SetSpan(pos, p.prevEnd)
			tp.Unsupported = p.unsupportedType(pos, "lifetimes ("+tp.Name.Name+") are")
		case CONST:
			p.next()
			tp.Name = p.ident()
			if p.got(COLON) {
				p.parseType()
			}
			tp.Unsupported = p.unsupportedType(pos, "const generics are")
		default:
			tp.Name = p.ident()
			if p.got(COLON) {
				tp.Bounds = append(tp.Bounds, p.parseType())
				for p.got(ADD) {
					tp.Bounds = append(tp.Bounds, p.parseType())
				}
			}
		}
		if p.tok == ASSIGN {
			dpos := p.pos
			p.next()
			p.parseType()
			tp.Unsupported = p.unsupportedType(dpos, "generic parameter defaults (<T = Default>) are")
		}
		list = append(list, fin(p, tp, pos))
		if !p.got(COMMA) {
			break
		}
	}
	p.closeAngle()
	return list
}

// closeAngle consumes the '>' that closes a type parameter or argument list.
func (p *parser) closeAngle() {
	if !p.splitGreater() {
		p.errorExpected("'>'")
		return
	}
	p.next()
	p.typeClose = true
}

// structDecl: struct Name[<T>][: Contracts] { Fields } | struct Name[<T>](Types)
func (p *parser) structDecl(pos source.Pos, base declBase) *StructDecl {
	d := &StructDecl{declBase: base}
	p.next()
	d.Name = p.ident()
	if p.tok == LSS {
		d.TypeParams = p.typeParams()
	}
	if p.got(LPAREN) {
		d.Tuple = true
		p.list("tuple struct", COMMA, RPAREN, func() {
			pos := p.pos
			d.Fields = append(d.Fields, fin(p, &Field{Type: p.parseType()}, pos))
		})
		p.closing(RPAREN)
		return fin(p, d, pos)
	}
	if p.got(COLON) {
		d.Contracts = append(d.Contracts, p.parseType())
		for p.got(COMMA) || p.got(ADD) {
			d.Contracts = append(d.Contracts, p.parseType())
		}
	}
	if p.tok == LBRACE {
		d.Fields = p.fields()
	}
	return fin(p, d, pos)
}

// fields: { [public: | private: | readonly:] Name: Type [`tag`], ... }
func (p *parser) fields() (list []*Field) {
	p.next()
	section := ILLEGAL
	for p.tok != RBRACE && p.tok != EOF {
		if p.got(SEMICOLON) || p.got(COMMA) {
			continue
		}
		start := p.pos
		doc, vis := p.doc, section
		if p.tok == PUBLIC || p.tok == PRIVATE || p.tok == READONLY {
			vis = p.tok
			p.next()
			if p.got(COLON) {
				section = vis
				continue
			}
		}
		f := &Field{Doc: doc, Visibility: vis, Name: p.ident()}
		p.expect(COLON)
		f.Type = p.parseType()
		if p.tok == BACKTICK {
			f.Tag = trimQuotes(p.lit, 1, '`')
			p.next()
		}
		list = append(list, fin(p, f, start))
		if !p.itemSep() {
			break
		}
		if p.pos == start {
			p.next() // recovery made no progress: skip the token it stopped at
		}
	}
	p.expect(RBRACE)
	return list
}

// itemSep consumes the separator after a field, variant or contract
// method: ',' or a line break (also one after a closing '>'). It reports
// false, after an error, when neither is there and the list goes on.
func (p *parser) itemSep() bool {
	switch {
	case p.got(COMMA), p.got(SEMICOLON), p.tok == RBRACE, p.typeClose && p.nlBefore:
		return true
	}
	p.errorExpected("',' or newline")
	p.skipStmt()
	return p.tok != RBRACE
}

// enumDecl: enum Name[<T>] { Variant, Variant(Types), ... }
func (p *parser) enumDecl(pos source.Pos, base declBase) *EnumDecl {
	d := &EnumDecl{declBase: base}
	p.next()
	d.Name = p.ident()
	if p.tok == LSS {
		d.TypeParams = p.typeParams()
	}
	p.expect(LBRACE)
	for p.tok != RBRACE && p.tok != EOF {
		if p.got(SEMICOLON) || p.got(COMMA) {
			continue
		}
		vpos, doc := p.pos, p.doc
		v := &Variant{Doc: doc, Name: p.ident()}
		if p.got(LPAREN) {
			v.Fields = []Type{}
			p.list("variant payload", COMMA, RPAREN, func() {
				v.Fields = append(v.Fields, p.parseType())
			})
			p.closing(RPAREN)
		}
		d.Variants = append(d.Variants, fin(p, v, vpos))
		if p.pos == vpos || !p.itemSep() {
			break
		}
	}
	p.expect(RBRACE)
	return fin(p, d, pos)
}

// contractDecl: contract Name[<T>][: Embeds] { [fn] name(Params)[!][: Result]; ... }
func (p *parser) contractDecl(pos source.Pos, base declBase) *ContractDecl {
	d := &ContractDecl{declBase: base}
	p.next()
	d.Name = p.ident()
	if p.tok == LSS {
		d.TypeParams = p.typeParams()
	}
	if p.got(COLON) {
		d.Embeds = append(d.Embeds, p.parseType())
		for p.got(COMMA) || p.got(ADD) {
			d.Embeds = append(d.Embeds, p.parseType())
		}
	}
	p.expect(LBRACE)
	for p.tok != RBRACE && p.tok != EOF {
		if p.got(SEMICOLON) || p.got(COMMA) {
			continue
		}
		mpos, doc := p.pos, p.doc
		if u := p.contractMember(); u != nil {
			d.Unsupported = append(d.Unsupported, u)
			if !p.itemSep() {
				break
			}
			continue
		}
		p.got(FN)
		m := &ContractMethod{Doc: doc}
		m.Name, m.Op = p.funcName()
		if p.tok == LSS {
			p.errorf(p.pos, "contract methods cannot have type parameters")
			p.typeParams()
		}
		m.Params = p.params()
		if len(m.Params) > 0 && m.Params[0].Name.Name == "self" {
			m.Recv, m.Params = m.Params[0], m.Params[1:]
		}
		m.Mut = p.got(NOT)
		m.Result = p.result()
		if p.tok == LBRACE {
			p.errorf(p.pos, "contract methods have no body")
			p.block()
		}
		d.Methods = append(d.Methods, fin(p, m, mpos))
		if p.pos == mpos || !p.itemSep() {
			break
		}
	}
	p.expect(RBRACE)
	return fin(p, d, pos)
}

// contractMember parses a member of a contract that vex2go refuses, an
// associated type (type Item[: Bound][= T]) or constant, and returns nil at
// a method.
func (p *parser) contractMember() *UnsupportedDecl {
	var feature string
	switch p.tok {
	case TYPE:
		feature = "associated types in contracts (type Item) are"
	case CONST:
		feature = "associated constants in contracts are"
	default:
		return nil
	}
	pos := p.pos
	p.next()
	d := &UnsupportedDecl{Feature: feature}
	if p.tok == IDENT {
		d.Name = p.ident()
	}
	p.skipItem()
	return fin(p, d, pos)
}

// constDecl: const Name: Type = Value
func (p *parser) constDecl(pos source.Pos, base declBase) *ConstDecl {
	d := &ConstDecl{declBase: base}
	p.next()
	d.Name = p.ident()
	if p.got(COLON) {
		d.Type = p.parseType()
	} else {
		p.errorf(p.pos, "a const needs a type: const %s: T = value", d.Name.Name)
	}
	p.expect(ASSIGN)
	d.Value = p.parseExpr()
	return fin(p, d, pos)
}

// typeDecl: type Name[<T>] = Type
func (p *parser) typeDecl(pos source.Pos, base declBase) *TypeAliasDecl {
	d := &TypeAliasDecl{declBase: base}
	p.next()
	d.Name = p.ident()
	if p.tok == LSS {
		d.TypeParams = p.typeParams()
	}
	p.expect(ASSIGN)
	d.Type = p.parseType()
	return fin(p, d, pos)
}

// importDecl: import { a, b as c } from "path" | import * as m from "path",
// and with reexport the same after `export`.
func (p *parser) importDecl(pos source.Pos, doc string, reexport bool) Decl {
	d := &ImportDecl{declBase: declBase{Doc: doc, Export: reexport}}
	if !reexport {
		p.next()
	}
	switch p.tok {
	case MUL:
		p.next()
		p.expect(AS)
		d.Star = p.ident()
	case LBRACE:
		p.next()
		d.Names = []*ImportName{}
		p.list("import list", COMMA, RBRACE, func() {
			npos := p.pos
			n := &ImportName{Name: p.ident()}
			if p.got(AS) {
				n.Alias = p.ident()
			}
			d.Names = append(d.Names, fin(p, n, npos))
		})
		p.closing(RBRACE)
	default:
		p.errorExpected("'{' or '*' in import")
		return p.badDecl(pos)
	}
	p.expect(FROM)
	if p.tok != STRING {
		p.errorExpected("import path string")
		return p.badDecl(pos)
	}
	d.Path = p.basicLit()
	return fin(p, d, pos)
}
