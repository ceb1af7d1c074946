package gen

import (
	"cmp"
	"fmt"

	"github.com/dave/jennifer/jen"
	"github.com/vexlang/vex2go/lower"
)

// block renders b in braces; a nil b is empty.
func (p *printer) block(b *lower.Block) *jen.Statement {
	if b == nil {
		return jen.Block()
	}
	return jen.Block(p.stmts(b.Stmts)...)
}

// stmts renders a statement list, which may sit in a function literal
// inside a statement header.
func (p *printer) stmts(list []lower.Stmt) []jen.Code {
	defer func(h bool) { p.header = h }(p.header)
	p.header = false
	out := make([]jen.Code, len(list))
	for i, s := range list {
		out[i] = p.stmt(s)
	}
	return out
}

// stmt renders s, preceded by its line directive.
func (p *printer) stmt(s lower.Stmt) *jen.Statement {
	switch s := s.(type) {
	case *lower.Block:
		return p.block(s)
	case *lower.ExprStmt:
		return p.at(s.Pos).Add(p.simple(s))
	case *lower.AssignStmt:
		return p.at(s.Pos).Add(p.simple(s))
	case *lower.SendStmt:
		return p.at(s.Pos).Add(p.simple(s))
	case *lower.VarStmt:
		v := jen.Var().Id(s.Name).Add(p.typ(s.Type))
		if s.Value != nil {
			v.Op("=").Add(p.expr(s.Value, 0))
		}
		return p.at(s.Pos).Add(v)
	case *lower.IfStmt:
		return p.at(s.Pos).Add(p.ifStmt(s))
	case *lower.ForStmt:
		f := jen.For(p.headStmt(s.Init), p.headExpr(s.Cond), p.headStmt(s.Post)).Add(p.block(s.Body))
		return p.labeled(s.Label, s.Pos, f)
	case *lower.RangeStmt:
		return p.labeled(s.Label, s.Pos, p.rangeStmt(s))
	case *lower.SwitchStmt:
		return p.labeled(s.Label, s.Pos, p.switchStmt(s))
	case *lower.TypeSwitchStmt:
		return p.labeled(s.Label, s.Pos, p.typeSwitchStmt(s))
	case *lower.SelectStmt:
		return p.labeled(s.Label, s.Pos, jen.Select().BlockFunc(func(g *jen.Group) {
			for _, c := range s.Cases {
				g.Add(p.commClause(c))
			}
		}))
	case *lower.ReturnStmt:
		return p.at(s.Pos).Return(p.exprs(s.Results)...)
	case *lower.BranchStmt:
		// Id writes the keyword verbatim.
		b := p.at(s.Pos).Id(s.Tok)
		if s.Label != "" {
			b.Id(s.Label)
		}
		return b
	case *lower.GoStmt:
		return p.at(s.Pos).Go().Add(p.expr(s.Call, 0))
	case *lower.DeferStmt:
		return p.at(s.Pos).Defer().Add(p.expr(s.Call, 0))
	case *lower.LabeledStmt:
		l := jen.Id(s.Label).Op(":")
		if s.Stmt != nil {
			l.Line().Add(p.stmt(s.Stmt))
		}
		return l
	}
	panic(fmt.Sprintf("gen: unexpected statement %T", s))
}

// labeled puts a statement's label on a line of its own, as gofmt does, so
// that the directive stays on the line of the statement.
func (p *printer) labeled(label string, pos lower.Pos, s *jen.Statement) *jen.Statement {
	s = p.at(pos).Add(s)
	if label == "" {
		return s
	}
	return jen.Id(label).Op(":").Line().Add(s)
}

// simple renders a statement that may stand in a header: an expression,
// assignment, inc/dec or send statement. It has no directive of its own.
func (p *printer) simple(s lower.Stmt) *jen.Statement {
	switch s := s.(type) {
	case *lower.ExprStmt:
		return p.expr(s.X, 0)
	case *lower.AssignStmt:
		a := jen.List(p.exprs(s.Lhs)...).Op(s.Op)
		if len(s.Rhs) > 0 {
			a.List(p.exprs(s.Rhs)...)
		}
		return a
	case *lower.SendStmt:
		return p.expr(s.Chan, 0).Op("<-").Add(p.expr(s.Value, 0))
	}
	panic(fmt.Sprintf("gen: unexpected simple statement %T", s))
}

// headStmt and headExpr render a part of a statement header. A missing part
// is Empty, which keeps its place between the semicolons; gofmt drops the
// semicolons that are not needed.
func (p *printer) headStmt(s lower.Stmt) jen.Code {
	if s == nil {
		return jen.Empty()
	}
	p.header = true
	defer func() { p.header = false }()
	return p.simple(s)
}

func (p *printer) headExpr(e lower.Expr) jen.Code {
	if e == nil {
		return jen.Empty()
	}
	p.header = true
	defer func() { p.header = false }()
	return p.expr(e, 0)
}

func (p *printer) ifStmt(s *lower.IfStmt) *jen.Statement {
	i := jen.If(p.headStmt(s.Init), p.headExpr(s.Cond)).Add(p.block(s.Then))
	switch e := s.Else.(type) {
	case *lower.Block:
		i.Else().Add(p.block(e))
	case *lower.IfStmt:
		i.Else().Add(p.at(e.Pos)).Add(p.ifStmt(e))
	case nil:
	default:
		panic(fmt.Sprintf("gen: unexpected else branch %T", e))
	}
	return i
}

func (p *printer) rangeStmt(s *lower.RangeStmt) *jen.Statement {
	r := jen.Range()
	switch {
	case s.Value != "":
		r = jen.List(jen.Id(cmp.Or(s.Key, "_")), jen.Id(s.Value)).Op(":=").Range()
	case s.Key != "":
		r = jen.Id(s.Key).Op(":=").Range()
	}
	return jen.For(r.Add(p.headExpr(s.X))).Add(p.block(s.Body))
}

func (p *printer) switchStmt(s *lower.SwitchStmt) *jen.Statement {
	return jen.Switch(p.headStmt(s.Init), p.headExpr(s.Tag)).BlockFunc(func(g *jen.Group) {
		for _, c := range s.Cases {
			if len(c.List) == 0 {
				g.Default().Block(p.stmts(c.Body)...)
				continue
			}
			list := p.exprs(c.List)
			list[0] = p.at(c.Pos).Add(list[0])
			g.Case(list...).Block(p.stmts(c.Body)...)
		}
	})
}

func (p *printer) typeSwitchStmt(s *lower.TypeSwitchStmt) *jen.Statement {
	p.header = true
	x := p.expr(s.X, primaryPrec).Assert(jen.Type())
	p.header = false
	if s.Bind != "" {
		x = jen.Id(s.Bind).Op(":=").Add(x)
	}
	return jen.Switch(x).BlockFunc(func(g *jen.Group) {
		for _, c := range s.Cases {
			if len(c.Types) == 0 {
				g.Default().Block(p.stmts(c.Body)...)
				continue
			}
			// Matching a type evaluates nothing, so the case needs no directive.
			g.Case(p.types(c.Types)...).Block(p.stmts(c.Body)...)
		}
	})
}

// commClause renders a select case; the directive goes after the case
// keyword, since gofmt moves a comment before it to the previous case.
func (p *printer) commClause(c *lower.CommClause) *jen.Statement {
	if c.Comm == nil {
		return jen.Default().Block(p.stmts(c.Body)...)
	}
	return jen.Case(p.at(c.Pos).Add(p.simple(c.Comm))).Block(p.stmts(c.Body)...)
}
