package gen

import "github.com/vexlang/vex2go/lower"

// Shorthands for building IR in tests.

func id(name string) *lower.Ident         { return &lower.Ident{Name: name} }
func qual(path, name string) *lower.Ident { return &lower.Ident{Path: path, Name: name} }
func lit(v string) *lower.Lit             { return &lower.Lit{Value: v} }
func named(name string, args ...lower.Type) *lower.NamedType {
	return &lower.NamedType{Name: name, Args: args}
}

func bin(op string, x, y lower.Expr) *lower.BinaryExpr { return &lower.BinaryExpr{Op: op, X: x, Y: y} }
func un(op string, x lower.Expr) *lower.UnaryExpr      { return &lower.UnaryExpr{Op: op, X: x} }

func call(fun lower.Expr, args ...lower.Expr) *lower.CallExpr {
	return &lower.CallExpr{Fun: fun, Args: args}
}

func sel(x lower.Expr, name string) *lower.SelectorExpr { return &lower.SelectorExpr{X: x, Sel: name} }

func exprStmt(x lower.Expr) *lower.ExprStmt { return &lower.ExprStmt{X: x} }

func assign(lhs lower.Expr, op string, rhs lower.Expr) *lower.AssignStmt {
	return &lower.AssignStmt{Lhs: []lower.Expr{lhs}, Op: op, Rhs: []lower.Expr{rhs}}
}

func block(stmts ...lower.Stmt) *lower.Block { return &lower.Block{Stmts: stmts} }

func pos(line, col int) lower.Pos { return lower.Pos{File: "main.vx", Line: line, Col: col} }

func ret(results ...lower.Expr) *lower.ReturnStmt { return &lower.ReturnStmt{Results: results} }

func field(name string, t lower.Type) *lower.Field { return &lower.Field{Name: name, Type: t} }

func fields(nameTypes ...any) []*lower.Field {
	var fs []*lower.Field
	for i := 0; i < len(nameTypes); i += 2 {
		fs = append(fs, field(nameTypes[i].(string), nameTypes[i+1].(lower.Type)))
	}
	return fs
}

func types(ts ...lower.Type) []lower.Type { return ts }

func exprs(es ...lower.Expr) []lower.Expr { return es }

// at sets the position of a statement.
func at[S lower.Stmt](line, col int, s S) S {
	p := pos(line, col)
	switch s := any(s).(type) {
	case *lower.ExprStmt:
		s.Pos = p
	case *lower.AssignStmt:
		s.Pos = p
	case *lower.VarStmt:
		s.Pos = p
	case *lower.IfStmt:
		s.Pos = p
	case *lower.ForStmt:
		s.Pos = p
	case *lower.RangeStmt:
		s.Pos = p
	case *lower.SwitchStmt:
		s.Pos = p
	case *lower.TypeSwitchStmt:
		s.Pos = p
	case *lower.SelectStmt:
		s.Pos = p
	case *lower.ReturnStmt:
		s.Pos = p
	case *lower.BranchStmt:
		s.Pos = p
	case *lower.GoStmt:
		s.Pos = p
	case *lower.DeferStmt:
		s.Pos = p
	case *lower.SendStmt:
		s.Pos = p
	default:
		panic("at: no position")
	}
	return s
}
