package syntax

import (
	"fmt"
	"strings"

	"github.com/vexlang/vex2go/frontend/source"
)

// exprString renders x with every operation parenthesised, so that tests
// can state how the parser grouped it.
func exprString(x Node) string {
	switch x := x.(type) {
	case nil:
		return ""
	case *BadExpr:
		return "BAD"
	case *UnsupportedExpr:
		return "UNSUPPORTED(" + x.Feature + ")"
	case *UnsupportedType:
		return "UNSUPPORTED(" + x.Feature + ")"
	case *Ident:
		return x.Name
	case *BasicLit:
		return x.Raw
	case *BoolLit:
		return fmt.Sprint(x.Value)
	case *NilLit:
		return "nil"
	case *FString:
		var parts []string
		for _, p := range x.Parts {
			if t, ok := p.(*FStringText); ok {
				parts = append(parts, fmt.Sprintf("%q", t.Text))
			} else {
				parts = append(parts, "{"+exprString(p)+"}")
			}
		}
		return "f[" + strings.Join(parts, " ") + "]"
	case *ParenExpr:
		return "(" + exprString(x.X) + ")"
	case *TupleExpr:
		return "tuple(" + exprList(x.Elems) + ")"
	case *ArrayExpr:
		if x.Count != nil {
			return "[" + exprList(x.Elems) + "; " + exprString(x.Count) + "]"
		}
		return "[" + exprList(x.Elems) + "]"
	case *StructLit:
		var fs []string
		for _, f := range x.Fields {
			if f.Value == nil {
				fs = append(fs, f.Name.Name)
			} else {
				fs = append(fs, f.Name.Name+": "+exprString(f.Value))
			}
		}
		if x.Base != nil {
			fs = append(fs, ".."+exprString(x.Base))
		}
		return exprString(x.Type) + "{" + strings.Join(fs, ", ") + "}"
	case *SelectorExpr:
		return exprString(x.X) + "." + x.Sel.Name
	case *TupleIndexExpr:
		return fmt.Sprintf("%s.%d", exprString(x.X), x.Index)
	case *IndexExpr:
		return exprString(x.X) + "[" + exprString(x.Index) + "]"
	case *InstExpr:
		return exprString(x.X) + "<" + exprList(x.TypeArgs) + ">"
	case *CallExpr:
		if x.Ellipsis != source.NoPos {
			return exprString(x.Fun) + "(" + exprList(x.Args[:len(x.Args)-1]) + ", ..." + exprString(x.Args[len(x.Args)-1]) + ")"
		}
		return exprString(x.Fun) + "(" + exprList(x.Args) + ")"
	case *TryExpr:
		return "(" + exprString(x.X) + ")?"
	case *UnaryExpr:
		return "(" + x.Op.String() + exprString(x.X) + ")"
	case *AwaitExpr:
		return "(await " + exprString(x.X) + ")"
	case *BinaryExpr:
		return "(" + exprString(x.X) + " " + x.Op.String() + " " + exprString(x.Y) + ")"
	case *CastExpr:
		return "(" + exprString(x.X) + " as " + exprString(x.Type) + ")"
	case *RangeExpr:
		op := ".."
		if x.Inclusive {
			op = "..="
		}
		return "(" + exprString(x.Lo) + op + exprString(x.Hi) + ")"
	case *TernaryExpr:
		return "(" + exprString(x.Cond) + " ? " + exprString(x.Then) + " : " + exprString(x.Else) + ")"
	case *ClosureExpr:
		var ps []string
		for _, p := range x.Params {
			ps = append(ps, exprString(p))
		}
		s := "|" + strings.Join(ps, ", ") + "|"
		if x.Result != nil {
			s += ": " + exprString(x.Result)
		}
		return s + " " + exprString(x.Body)
	case *Param:
		s := x.Name.Name
		if x.Mut {
			s += "!"
		}
		if x.Type != nil {
			s += ": " + exprString(x.Type)
		}
		if x.Default != nil {
			s += " = " + exprString(x.Default)
		}
		return s
	case *Block:
		var ss []string
		for _, s := range x.Stmts {
			ss = append(ss, exprString(s))
		}
		return "{" + strings.Join(ss, "; ") + "}"
	case *IfExpr:
		s := "if "
		if x.Pat != nil {
			s += "let " + exprString(x.Pat) + " = "
		}
		s += exprString(x.Cond) + " " + exprString(x.Then)
		if x.Else != nil {
			s += " else " + exprString(x.Else)
		}
		return s
	case *MatchExpr:
		var arms []string
		for _, a := range x.Arms {
			s := exprString(a.Pat)
			if a.Guard != nil {
				s += " if " + exprString(a.Guard)
			}
			arms = append(arms, s+" => "+exprString(a.Body))
		}
		return "match " + exprString(x.X) + " {" + strings.Join(arms, ", ") + "}"
	case *LoopExpr:
		return label(x.Label) + "loop " + exprString(x.Body)
	case *SelectExpr:
		var cs []string
		for _, c := range x.Cases {
			s := []string{"recv", "recvopt", "send", "after", "default"}[c.Kind]
			if c.Bind != nil {
				s += " " + exprString(c.Bind) + " ="
			}
			if c.Chan != nil {
				s += " " + exprString(c.Chan)
			}
			if c.Value != nil {
				s += " " + exprString(c.Value)
			}
			cs = append(cs, s+" => "+exprString(c.Body))
		}
		return "select {" + strings.Join(cs, ", ") + "}"

	// Statements
	case *ExprStmt:
		if x.Semi {
			return exprString(x.X) + ";"
		}
		return exprString(x.X)
	case *LetStmt:
		s := "let "
		if x.Mut {
			s = "let! "
		}
		s += exprString(x.Pat)
		if x.Type != nil {
			s += ": " + exprString(x.Type)
		}
		if x.Value != nil {
			s += " = " + exprString(x.Value)
		}
		return s
	case *AssignStmt:
		return exprString(x.Lhs) + " " + x.Op.String() + " " + exprString(x.Rhs)
	case *SendStmt:
		return exprString(x.Chan) + " <- " + exprString(x.Value)
	case *ReturnStmt:
		return strings.TrimSpace("return " + exprString(x.Result))
	case *BreakStmt:
		return strings.TrimSpace("break " + label(x.Label) + exprString(x.Value))
	case *ContinueStmt:
		return strings.TrimSpace("continue " + label(x.Label))
	case *DeferStmt:
		return "defer " + exprString(x.Call)
	case *GoStmt:
		if x.Body != nil {
			return "go " + exprString(x.Body)
		}
		return "go " + exprString(x.Call)
	case *WhileStmt:
		s := label(x.Label) + "while "
		if x.Pat != nil {
			s += "let " + exprString(x.Pat) + " = "
		}
		return s + exprString(x.Cond) + " " + exprString(x.Body)
	case *ForStmt:
		return label(x.Label) + "for " + exprString(x.Pat) + " in " + exprString(x.X) + " " + exprString(x.Body)
	case *DeclStmt:
		if u, ok := x.Decl.(*UnsupportedDecl); ok {
			return "decl UNSUPPORTED(" + u.Feature + ")"
		}
		return fmt.Sprintf("decl %T", x.Decl)
	case *BadStmt:
		return "BADSTMT"

	// Types
	case *BadType:
		return "BADTYPE"
	case *NamedType:
		s := x.Name.Name
		if x.Pkg != nil {
			s = x.Pkg.Name + "." + s
		}
		if x.Args != nil {
			s += "<" + exprList(x.Args) + ">"
		}
		return s
	case *RefType:
		if x.Mut {
			return "&" + exprString(x.Elem) + "!"
		}
		return "&" + exprString(x.Elem)
	case *ArrayType:
		if x.Len != nil {
			return "[" + exprString(x.Elem) + "; " + exprString(x.Len) + "]"
		}
		return "[" + exprString(x.Elem) + "]"
	case *TupleType:
		return "(" + exprList(x.Elems) + ")"
	case *FuncType:
		s := "fn(" + exprList(x.Params) + ")"
		if x.Result != nil {
			s += ": " + exprString(x.Result)
		}
		return s

	// Patterns
	case *BadPat:
		return "BADPAT"
	case *WildcardPat:
		return "_"
	case *RestPat:
		return ".."
	case *IdentPat:
		return x.Name.Name
	case *LitPat:
		return exprString(x.Value)
	case *RangePat:
		op := ".."
		if x.Inclusive {
			op = "..="
		}
		return exprString(x.Lo) + op + exprString(x.Hi)
	case *TuplePat:
		return "(" + exprList(x.Elems) + ")"
	case *ArrayPat:
		return "[" + exprList(x.Elems) + "]"
	case *VariantPat:
		if x.Parens {
			return exprString(x.Path) + "(" + exprList(x.Args) + ")"
		}
		return exprString(x.Path)
	case *StructPat:
		var fs []string
		for _, f := range x.Fields {
			if f.Pat == nil {
				fs = append(fs, f.Name.Name)
			} else {
				fs = append(fs, f.Name.Name+": "+exprString(f.Pat))
			}
		}
		if x.Rest {
			fs = append(fs, "..")
		}
		return exprString(x.Type) + "{" + strings.Join(fs, ", ") + "}"
	case *OrPat:
		return "(" + exprListSep(x.Alts, " | ") + ")"
	}
	return fmt.Sprintf("?%T", x)
}

func label(l *Ident) string {
	if l == nil {
		return ""
	}
	return "'" + l.Name + " "
}

func exprList[T Node](list []T) string { return exprListSep(list, ", ") }

func exprListSep[T Node](list []T, sep string) string {
	var s []string
	for _, x := range list {
		s = append(s, exprString(x))
	}
	return strings.Join(s, sep)
}
