package gen

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/dave/jennifer/jen"
	"github.com/vexlang/vex2go/lower"
)

// decl adds d, with its doc comment and line directive, to the file.
func (p *printer) decl(g *jen.Group, d lower.Decl) {
	switch d := d.(type) {
	case *lower.FuncDecl:
		p.doc(g, d.Doc, d.Pos)
		g.Add(p.funcDecl(d))
	case *lower.TypeDecl:
		p.doc(g, d.Doc, d.Pos)
		s := jen.Type().Id(d.Name).Types(p.typeParams(d.TypeParams, true)...)
		if d.Alias {
			s.Op("=")
		}
		g.Add(s.Add(p.typ(d.Type)))
	case *lower.ConstDecl:
		doc := d.Doc
		if len(d.Names) == 1 && doc == "" && len(d.Docs) == 1 {
			doc = d.Docs[0]
		}
		p.doc(g, doc, d.Pos)
		g.Add(p.constDecl(d))
	case *lower.VarDecl:
		p.doc(g, d.Doc, d.Pos)
		s := jen.Var().Id(d.Name).Add(p.typ(d.Type))
		if d.Value != nil {
			s.Op("=").Add(p.expr(d.Value, 0))
		}
		g.Add(s)
	default:
		panic(fmt.Sprintf("gen: unexpected declaration %T", d))
	}
}

// doc adds a declaration's doc comment and then its line directive, which
// has a line of its own (see the package documentation).
func (p *printer) doc(g *jen.Group, doc string, pos lower.Pos) {
	comment(g, doc)
	p.declLine(g, pos)
}

// comment adds text as // comment lines.
func comment(g *jen.Group, text string) {
	if text == "" {
		return
	}
	for line := range strings.Lines(text) {
		g.Comment(commentLine(line))
	}
}

// commentLine returns a line of a doc comment as a // comment. Go refuses
// NUL, a byte order mark and invalid UTF-8 in a comment, and the other
// control characters could change the terminal of whoever reads the file:
// each becomes U+FFFD.
func commentLine(line string) string {
	line = strings.Map(func(r rune) rune {
		if r < ' ' && r != '\t' || r == 0x7f || r == 0xfeff || r == utf8.RuneError {
			return utf8.RuneError
		}
		return r
	}, strings.TrimRight(line, " \r\n"))
	return strings.TrimRight("// "+line, " ")
}

func (p *printer) funcDecl(d *lower.FuncDecl) *jen.Statement {
	s := jen.Func()
	if d.Recv != nil {
		s.Params(p.field(d.Recv))
	}
	s.Id(d.Name).Types(p.typeParams(d.TypeParams, false)...).
		Params(p.fields(d.Params)...).
		Add(p.results(d.Results))
	if d.Body != nil {
		s.Add(p.block(d.Body))
	}
	return s
}

// typeParams returns the entries of a type parameter list. In a type
// declaration, a lone parameter whose constraint starts with * gets a
// trailing comma, or Go would read `type T[P *C]` as an array type.
func (p *printer) typeParams(params []*lower.Field, typeDecl bool) []jen.Code {
	list := make([]jen.Code, len(params))
	for i, f := range params {
		list[i] = jen.Id(f.Name).Add(p.constraint(f.Type))
	}
	if typeDecl && len(params) == 1 && startsWithStar(params[0].Type) {
		list = append(list, jen.Empty())
	}
	return list
}

// constraint writes an interface holding nothing but a union as the bare
// union, as people write [T ~int | ~int64].
func (p *printer) constraint(t lower.Type) *jen.Statement {
	if it, ok := t.(*lower.InterfaceType); ok && len(it.Union) > 0 && len(it.Embeds) == 0 && len(it.Methods) == 0 {
		return jen.Union(p.types(it.Union)...)
	}
	return p.typ(t)
}

func startsWithStar(t lower.Type) bool {
	switch t := t.(type) {
	case *lower.PointerType:
		return true
	case *lower.InterfaceType:
		return len(t.Union) > 0 && len(t.Embeds) == 0 && len(t.Methods) == 0 && startsWithStar(t.Union[0])
	}
	return false
}

// constDecl writes a single constant on one line and several as a group.
func (p *printer) constDecl(d *lower.ConstDecl) *jen.Statement {
	specs := make([]jen.Code, len(d.Names))
	for i, name := range d.Names {
		s := jen.Null()
		if i < len(d.Docs) && d.Docs[i] != "" && len(d.Names) > 1 {
			for line := range strings.Lines(d.Docs[i]) {
				s.Comment(commentLine(line)).Line()
			}
		}
		s.Id(name)
		switch {
		case d.Iota && i == 0:
			s.Add(p.typ(d.Type)).Op("=").Iota()
		case d.Iota:
			// The type and iota carry over implicitly.
		default:
			s.Add(p.typ(d.Type)).Op("=").Add(p.expr(d.Values[i], 0))
		}
		specs[i] = s
	}
	if len(specs) == 1 {
		return jen.Const().Add(specs[0])
	}
	return jen.Const().Defs(specs...)
}
