package syntax

import "github.com/vexlang/vex2go/frontend/source"

// This file parses types and patterns.

// parseType parses a type, or a union type A | B, which vex2go refuses.
// Where '|' can follow a type, in a cast or closure parameter, typ parses
// a type without union.
func (p *parser) parseType() Type {
	pos := p.pos
	t := p.typ(false)
	if p.tok != OR {
		return t
	}
	for p.got(OR) {
		p.typ(false)
	}
	return p.unsupportedType(pos, "union types (A | B) are")
}

// typ parses a type. In a cast (x as T), '<' after the type name begins
// type arguments only if they are closed, since x as i64 < y compares.
func (p *parser) typ(cast bool) Type {
	p.enter("type")
	defer p.leave()
	pos := p.pos
	switch p.tok {
	case IDENT, SELFTYPE:
		t := &NamedType{}
		if p.tok == SELFTYPE {
			p.tok = IDENT
		}
		t.Name = p.ident()
		if p.tok == DOT {
			p.next()
			t.Pkg, t.Name = t.Name, p.identOrKeyword()
		}
		if p.tok == LSS || p.tok == ANDRED || p.tok == PRODRED {
			if !cast {
				p.splitLess()
				t.Args = p.typeArgs()
			} else if p.silent < maxSpeculation {
				var args []Type
				if p.try(func() bool { p.splitLess(); args = p.typeArgs(); return true }) {
					t.Args = args
				}
			}
		}
		return fin(p, t, pos)
	case AND, ANDMUT:
		if p.tok == ANDMUT {
			p.errorf(pos, "a mutable reference type is written &T!, not &!T")
		}
		p.next()
		return p.refType(pos)
	case LAND: // &&T is & &T
		p.next()
		inner := p.refType(pos + 1)
		return fin(p, &RefType{Elem: inner}, pos)
	case LBRACK:
		p.next()
		a := &ArrayType{Elem: p.parseType()}
		if p.tok == SEMICOLON && p.lit == ";" {
			p.next()
			p.exprLev++
			a.Len = p.parseExpr()
			p.exprLev--
		}
		p.closing(RBRACK)
		return fin(p, a, pos)
	case LPAREN:
		p.next()
		elems := []Type{}
		comma := false
		p.list("tuple type", COMMA, RPAREN, func() {
			elems = append(elems, p.parseType())
			comma = comma || p.tok == COMMA
		})
		p.closing(RPAREN)
		if len(elems) == 1 && !comma {
			return elems[0]
		}
		return fin(p, &TupleType{Elems: elems}, pos)
	case FN:
		p.next()
		f := &FuncType{Params: []Type{}}
		p.expect(LPAREN)
		p.list("function type", COMMA, RPAREN, func() {
			f.Params = append(f.Params, p.paramType(false))
		})
		p.closing(RPAREN)
		f.Result = p.result()
		return fin(p, f, pos)
	case MUL: // *T, *mut T, *const T
		p.next()
		if p.tok == CONST || p.tok == IDENT && p.lit == "mut" {
			p.next()
		}
		p.typ(false)
		return p.unsupportedType(pos, "raw pointers (*T) are")
	case LABEL:
		lifetime := p.lit
		p.next()
		return p.unsupportedType(pos, "lifetimes ("+lifetime+") are")
	}
	p.errorExpected("type")
	return fin(p, &BadType{}, pos)
}

// refType parses the rest of &T or &T! after the '&'; &'a T is refused.
func (p *parser) refType(pos source.Pos) Type {
	if p.tok == LABEL {
		lifetime := p.lit
		p.next()
		p.typ(false)
		p.got(NOT)
		return p.unsupportedType(pos, "lifetimes ("+lifetime+") are")
	}
	mut := p.rustMut()
	r := &RefType{Elem: p.typ(false)}
	r.Mut = p.got(NOT) || mut
	if p.tok == RESCUE && p.lit == "!>" {
		// Vec<&T!>: the ! of &T! and the > that closes the type arguments.
		r.Mut = true
		p.prevEnd = p.pos + 1
		p.sc.off = p.file.Offset(p.pos) + 2
		p.sc.insertSemi = false
		p.sc.afterDot = false
		p.pos, p.tok, p.lit = p.pos+1, GTR, ">"
	}
	return fin(p, r, pos)
}

// typeArgs: < Type, ... >. A value where a type belongs (Matrix<3, 4>,
// Buf<{N + 1}>) is a const generic argument, which vex2go refuses.
func (p *parser) typeArgs() []Type {
	p.next()
	if p.silent > 0 {
		// Speculating whether '<' compares: a < b < c ... would be tried
		// as ever deeper type arguments at each '<'.
		p.typeArgDepth++
		defer func() { p.typeArgDepth-- }()
		if p.typeArgDepth > maxSpeculativeTypeArgs {
			p.failed = true
			return nil
		}
	}
	args := []Type{}
	for !p.splitGreater() && p.tok != EOF {
		switch p.tok {
		case INT, FLOAT, CHAR, STRING, TRUE, FALSE, SUB, LBRACE:
			pos := p.pos
			p.unary()
			args = append(args, p.unsupportedType(pos, "const generics are"))
		default:
			args = append(args, p.parseType())
		}
		if !p.got(COMMA) {
			break
		}
	}
	p.closeAngle()
	return args
}

// pattern: Alt | Alt | ...
func (p *parser) pattern() Pattern {
	p.enter("pattern")
	defer p.leave()
	pos := p.pos
	x := p.patternAlt()
	if p.tok != OR {
		return x
	}
	or := &OrPat{Alts: []Pattern{x}}
	for p.got(OR) {
		or.Alts = append(or.Alts, p.patternAlt())
	}
	return fin(p, or, pos)
}

func (p *parser) patternAlt() Pattern {
	pos := p.pos
	switch p.tok {
	case IDENT, SELFTYPE:
		if p.lit == "_" {
			p.next()
			return fin(p, &WildcardPat{}, pos)
		}
		path := p.patPath()
		switch p.tok {
		case LPAREN:
			p.next()
			v := &VariantPat{Path: path, Args: []Pattern{}, Parens: true}
			p.list("variant pattern", COMMA, RPAREN, func() {
				v.Args = append(v.Args, p.pattern())
			})
			p.closing(RPAREN)
			return fin(p, v, pos)
		case LBRACE:
			return p.structPat(path)
		case RANGE, RANGEINCL:
			return p.rangePat(pos, path)
		}
		if id, ok := path.(*Ident); ok {
			if p.tok == AT {
				// Rust's n @ 1..=5: the pattern after @ is parsed and dropped.
				p.errorSpan(p.pos, p.end(), "Vex has no @ bindings: bind the name and test it in a guard, "+id.Name+" if ... =>")
				p.next()
				p.pattern()
			}
			return fin(p, &IdentPat{Name: id}, pos)
		}
		return fin(p, &VariantPat{Path: path}, pos)
	case INT, FLOAT, CHAR, STRING, TRUE, FALSE, NIL, SUB:
		lit := p.litPatValue()
		if p.tok == RANGE || p.tok == RANGEINCL {
			return p.rangePat(pos, lit)
		}
		return fin(p, &LitPat{Value: lit}, pos)
	case RANGE, RANGEINCL:
		if t, _ := p.peek(); p.tok == RANGE && (t == COMMA || t == RPAREN || t == RBRACK) {
			p.next()
			return fin(p, &RestPat{}, pos)
		}
		return p.rangePat(pos, nil)
	case LPAREN:
		p.next()
		elems := []Pattern{}
		comma := false
		p.list("tuple pattern", COMMA, RPAREN, func() {
			elems = append(elems, p.pattern())
			comma = comma || p.tok == COMMA
		})
		p.closing(RPAREN)
		if len(elems) == 1 && !comma {
			return elems[0]
		}
		return fin(p, &TuplePat{Elems: elems}, pos)
	case LBRACK:
		p.next()
		a := &ArrayPat{Elems: []Pattern{}}
		p.list("array pattern", COMMA, RBRACK, func() {
			a.Elems = append(a.Elems, p.pattern())
		})
		p.closing(RBRACK)
		return fin(p, a, pos)
	}
	p.errorExpected("pattern")
	return fin(p, &BadPat{}, pos)
}

// patPath: Name { . Name }, an *Ident or *SelectorExpr.
func (p *parser) patPath() Expr {
	pos := p.pos
	if p.tok == SELFTYPE {
		p.tok = IDENT
	}
	outer := p.chainStart()
	defer p.chainEnd(outer)
	var x Expr = p.ident()
	for p.tok == DOT || p.tok == COLON2 {
		p.sink("pattern")
		p.next()
		x = fin(p, &SelectorExpr{X: x, Sel: p.identOrKeyword()}, pos)
	}
	return x
}

// litPatValue parses a literal in a pattern, possibly negated.
func (p *parser) litPatValue() Expr {
	pos := p.pos
	switch p.tok {
	case SUB:
		p.next()
		if p.tok != INT && p.tok != FLOAT {
			p.errorExpected("number after '-' in pattern")
			return fin(p, &BadExpr{}, pos)
		}
		return fin(p, &UnaryExpr{Op: SUB, X: p.basicLit()}, pos)
	case TRUE, FALSE:
		b := &BoolLit{Value: p.tok == TRUE}
		p.next()
		return fin(p, b, pos)
	case NIL:
		p.next()
		return fin(p, &NilLit{}, pos)
	case IDENT, SELFTYPE:
		return p.patPath()
	case INT, FLOAT, CHAR, STRING:
		return p.basicLit()
	}
	p.errorExpected("literal bound")
	return fin(p, &BadExpr{}, pos)
}

// rangePat parses the rest of Lo..Hi or Lo..=Hi from the range operator.
// An open end is allowed on either side, except after ..=.
func (p *parser) rangePat(pos source.Pos, lo Expr) Pattern {
	r := &RangePat{Lo: lo, Inclusive: p.tok == RANGEINCL}
	p.next()
	switch p.tok {
	case INT, FLOAT, CHAR, STRING, SUB, IDENT, SELFTYPE:
		r.Hi = p.litPatValue()
	default:
		if r.Inclusive || lo == nil {
			p.errorExpected("upper bound of range pattern")
		}
	}
	return fin(p, r, pos)
}

// structPat: Type { name, name: Pat, .. }
func (p *parser) structPat(typ Expr) Pattern {
	s := &StructPat{Type: typ, Fields: []*FieldPat{}}
	p.next()
	p.list("struct pattern", COMMA, RBRACE, func() {
		if p.got(RANGE) {
			s.Rest = true
			return
		}
		pos := p.pos
		f := &FieldPat{Name: p.ident()}
		if p.got(COLON) {
			f.Pat = p.pattern()
		}
		s.Fields = append(s.Fields, fin(p, f, pos))
	})
	p.closing(RBRACE)
	return fin(p, s, typ.Pos())
}

// rustMut reports, and refuses with the Vex spelling, Rust's &mut: the
// name mut right after & and before a name or an opening bracket. The
// reference is taken as mutable, so that checking goes on.
func (p *parser) rustMut() bool {
	if p.tok != IDENT || p.lit != "mut" {
		return false
	}
	switch t, _ := p.peek(); t {
	case IDENT, LPAREN, LBRACK, AND, MUL, SELF:
	default:
		return false
	}
	p.errorf(p.pos, "a mutable reference is written &!x or &x!, and its type &T!: Vex has no &mut")
	p.next()
	return true
}
