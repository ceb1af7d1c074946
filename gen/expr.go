package gen

import (
	"fmt"
	"go/token"
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/vexlang/vex2go/lower"
)

// Operand precedences above the binary ones: an operand needs parentheses
// where its precedence is below the one its context asks for.
const (
	unaryPrec   = token.UnaryPrec
	primaryPrec = token.HighestPrec
)

// binaryPrec holds the precedence of Go's binary operators.
var binaryPrec = map[string]int{
	"||": 1,
	"&&": 2,
	"==": 3, "!=": 3, "<": 3, "<=": 3, ">": 3, ">=": 3,
	"+": 4, "-": 4, "|": 4, "^": 4,
	"*": 5, "/": 5, "%": 5, "<<": 5, ">>": 5, "&": 5, "&^": 5,
}

// precedence returns how tightly e binds as an operand.
func precedence(e lower.Expr) int {
	switch e := e.(type) {
	case *lower.BinaryExpr:
		return binaryPrec[e.Op]
	case *lower.UnaryExpr:
		return unaryPrec
	case *lower.Lit:
		// Go reads -1 as a unary expression, so (-1).String() needs parentheses.
		if strings.HasPrefix(e.Value, "-") || strings.HasPrefix(e.Value, "+") {
			return unaryPrec
		}
	case *lower.TypeExpr:
		if convParens(e.Type) {
			return unaryPrec
		}
	}
	return primaryPrec
}

// expr renders e as an operand of precedence prec, in parentheses if e binds
// less tightly.
func (p *printer) expr(e lower.Expr, prec int) *jen.Statement {
	if precedence(e) < prec {
		return jen.Parens(p.nested(e))
	}
	switch e := e.(type) {
	case *lower.Ident:
		return ident(e.Path, e.Name)
	case *lower.Lit:
		// Id writes its text verbatim, and a Lit is Go source already.
		return jen.Id(e.Value)
	case *lower.BinaryExpr:
		// Operators of equal precedence associate to the left.
		prec := binaryPrec[e.Op]
		return p.expr(e.X, prec).Op(e.Op).Add(p.expr(e.Y, prec+1))
	case *lower.UnaryExpr:
		// jennifer separates the tokens, so - -x does not become --x.
		return jen.Op(e.Op).Add(p.expr(e.X, unaryPrec))
	case *lower.CallExpr:
		args := p.args(e.Args)
		if e.Ellipsis && len(args) > 0 {
			args[len(args)-1] = jen.Add(args[len(args)-1]).Op("...")
		}
		return p.expr(e.Fun, primaryPrec).Types(p.types(e.TypeArgs)...).Call(args...)
	case *lower.ConvExpr:
		t := p.typ(e.Type)
		if convParens(e.Type) {
			t = jen.Parens(t)
		}
		return t.Call(p.nested(e.X))
	case *lower.SelectorExpr:
		return p.expr(e.X, primaryPrec).Dot(e.Sel)
	case *lower.IndexExpr:
		return p.expr(e.X, primaryPrec).Index(p.nested(e.Index))
	case *lower.SliceExpr:
		return p.expr(e.X, primaryPrec).Index(p.bound(e.Lo), p.bound(e.Hi))
	case *lower.CompositeLit:
		lit := p.typ(e.Type).Values(p.args(e.Elts)...)
		if _, named := e.Type.(*lower.NamedType); named && p.header {
			return jen.Parens(lit)
		}
		return lit
	case *lower.KeyValue:
		return p.expr(e.Key, 0).Op(":").Add(p.expr(e.Value, 0))
	case *lower.FuncLit:
		return jen.Func().Params(p.fields(e.Params)...).Add(p.results(e.Results)).Add(p.block(e.Body))
	case *lower.ParenExpr:
		return jen.Parens(p.nested(e.X))
	case *lower.TypeAssertExpr:
		return p.expr(e.X, primaryPrec).Assert(p.typ(e.Type))
	case *lower.TypeExpr:
		return p.typ(e.Type)
	}
	panic(fmt.Sprintf("gen: unexpected expression %T", e))
}

// nested renders e where it is enclosed in brackets of some kind, which
// need no parentheses around it.
func (p *printer) nested(e lower.Expr) *jen.Statement {
	defer func(h bool) { p.header = h }(p.header)
	p.header = false
	return p.expr(e, 0)
}

// args renders a bracketed list: arguments or composite literal elements.
func (p *printer) args(es []lower.Expr) []jen.Code {
	list := make([]jen.Code, len(es))
	for i, e := range es {
		list[i] = p.nested(e)
	}
	return list
}

// exprs renders an unbracketed list, such as the sides of an assignment.
func (p *printer) exprs(es []lower.Expr) []jen.Code {
	list := make([]jen.Code, len(es))
	for i, e := range es {
		list[i] = p.expr(e, 0)
	}
	return list
}

// bound renders a slice bound; an omitted one still takes its place before
// or after the colon.
func (p *printer) bound(e lower.Expr) *jen.Statement {
	if e == nil {
		return jen.Empty()
	}
	return p.nested(e)
}
