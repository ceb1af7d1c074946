package gen

import (
	"cmp"
	"fmt"
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/vexlang/vex2go/lower"
)

// typ renders t; a nil t renders nothing.
func (p *printer) typ(t lower.Type) *jen.Statement {
	switch t := t.(type) {
	case nil:
		return jen.Null()
	case *lower.NamedType:
		return ident(t.Path, t.Name).Types(p.types(t.Args)...)
	case *lower.PointerType:
		return jen.Op("*").Add(p.typ(t.Elem))
	case *lower.SliceType:
		return jen.Index().Add(p.typ(t.Elem))
	case *lower.ArrayType:
		if t.Len < 0 {
			return jen.Index(jen.Op("...")).Add(p.typ(t.Elem))
		}
		return jen.Index(jen.Id(strconv.FormatInt(t.Len, 10))).Add(p.typ(t.Elem))
	case *lower.MapType:
		return jen.Map(p.typ(t.Key)).Add(p.typ(t.Elem))
	case *lower.ChanType:
		elem := p.typ(t.Elem)
		// In chan <-chan T the arrow would bind to the first chan.
		if e, ok := t.Elem.(*lower.ChanType); ok && t.Dir == "" && e.Dir == "<-chan" {
			elem = jen.Parens(elem)
		}
		return jen.Op(cmp.Or(t.Dir, "chan")).Add(elem)
	case *lower.FuncType:
		return jen.Func().Params(p.types(t.Params)...).Add(p.results(t.Results))
	case *lower.StructType:
		return jen.StructFunc(func(g *jen.Group) {
			for _, f := range t.Fields {
				comment(g, f.Doc)
				s := p.field(f)
				if f.Tag != "" {
					s.Id(tag(f.Tag))
				}
				g.Add(s)
			}
		})
	case *lower.InterfaceType:
		return jen.InterfaceFunc(func(g *jen.Group) {
			for _, e := range t.Embeds {
				g.Add(p.typ(e))
			}
			for _, m := range t.Methods {
				comment(g, m.Doc)
				g.Id(m.Name).Params(p.fields(m.Params)...).Add(p.results(m.Results))
			}
			if len(t.Union) > 0 {
				g.Union(p.types(t.Union)...)
			}
		})
	case *lower.TildeType:
		return jen.Op("~").Add(p.typ(t.Elem))
	}
	panic(fmt.Sprintf("gen: unexpected type %T", t))
}

// tag returns a struct tag as a raw string literal where it can be one.
func tag(s string) string {
	if strings.Contains(s, "`") {
		return strconv.Quote(s)
	}
	return "`" + s + "`"
}

// convParens reports whether t must be parenthesised to be converted to or
// used as an operand: a type starting with * or <- would otherwise swallow
// what follows it, and so would one starting with func without results
// (gofmt parenthesises the others too).
func convParens(t lower.Type) bool {
	switch t := t.(type) {
	case *lower.PointerType, *lower.FuncType:
		return true
	case *lower.ChanType:
		return t.Dir == "<-chan"
	}
	return false
}

// ident renders a name, qualified by its package when path is set.
func ident(path, name string) *jen.Statement {
	if path == "" {
		return jen.Id(name)
	}
	return jen.Qual(path, name)
}

func (p *printer) types(ts []lower.Type) []jen.Code {
	list := make([]jen.Code, len(ts))
	for i, t := range ts {
		list[i] = p.typ(t)
	}
	return list
}

// results renders a result list: nothing, one type, or a parenthesised list.
func (p *printer) results(ts []lower.Type) *jen.Statement {
	switch len(ts) {
	case 0:
		return jen.Null()
	case 1:
		return p.typ(ts[0])
	}
	return jen.Parens(jen.List(p.types(ts)...))
}

// field renders a parameter or struct field: [Name] Type.
func (p *printer) field(f *lower.Field) *jen.Statement {
	if f.Name == "" {
		return p.typ(f.Type)
	}
	return jen.Id(f.Name).Add(p.typ(f.Type))
}

func (p *printer) fields(fs []*lower.Field) []jen.Code {
	list := make([]jen.Code, len(fs))
	for i, f := range fs {
		list[i] = p.field(f)
	}
	return list
}
