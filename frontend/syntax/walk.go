package syntax

import "fmt"

// Inspect traverses the tree rooted at node in source order: it calls
// f(node); if that returns true, it inspects each non-nil child of node and
// then calls f(nil). It panics on a node type it does not know, so that a
// new node cannot be silently skipped.
func Inspect(node Node, f func(Node) bool) {
	if !f(node) {
		return
	}
	switch n := node.(type) {
	case *File:
		list(n.Decls, f)

	// Declarations
	case *BadDecl:
	case *UnsupportedDecl:
		opt(n.Name, f)
	case *FuncDecl:
		opt(n.Recv, f)
		opt(n.Assoc, f)
		Inspect(n.Name, f)
		list(n.TypeParams, f)
		list(n.Params, f)
		opt(n.Result, f)
		opt(n.Body, f)
	case *StructDecl:
		Inspect(n.Name, f)
		list(n.TypeParams, f)
		list(n.Contracts, f)
		list(n.Fields, f)
	case *EnumDecl:
		Inspect(n.Name, f)
		list(n.TypeParams, f)
		list(n.Variants, f)
	case *ContractDecl:
		Inspect(n.Name, f)
		list(n.TypeParams, f)
		list(n.Embeds, f)
		list(n.Methods, f)
		list(n.Unsupported, f)
	case *ConstDecl:
		Inspect(n.Name, f)
		opt(n.Type, f)
		opt(n.Value, f)
	case *TypeAliasDecl:
		Inspect(n.Name, f)
		list(n.TypeParams, f)
		opt(n.Type, f)
	case *ImportDecl:
		list(n.Names, f)
		opt(n.Star, f)
		opt(n.Path, f)
	case *Param:
		Inspect(n.Name, f)
		opt(n.Type, f)
		opt(n.Default, f)
	case *TypeParam:
		Inspect(n.Name, f)
		list(n.Bounds, f)
		opt(n.Unsupported, f)
	case *Field:
		opt(n.Name, f)
		opt(n.Type, f)
	case *Variant:
		Inspect(n.Name, f)
		list(n.Fields, f)
	case *ContractMethod:
		Inspect(n.Name, f)
		opt(n.Recv, f)
		list(n.Params, f)
		opt(n.Result, f)
	case *ImportName:
		Inspect(n.Name, f)
		opt(n.Alias, f)

	// Types
	case *BadType, *UnsupportedType:
	case *NamedType:
		opt(n.Pkg, f)
		Inspect(n.Name, f)
		list(n.Args, f)
	case *RefType:
		Inspect(n.Elem, f)
	case *ArrayType:
		Inspect(n.Elem, f)
		opt(n.Len, f)
	case *TupleType:
		list(n.Elems, f)
	case *FuncType:
		list(n.Params, f)
		opt(n.Result, f)

	// Statements
	case *BadStmt:
	case *DeclStmt:
		Inspect(n.Decl, f)
	case *LetStmt:
		Inspect(n.Pat, f)
		opt(n.Type, f)
		opt(n.Value, f)
	case *ExprStmt:
		Inspect(n.X, f)
	case *AssignStmt:
		Inspect(n.Lhs, f)
		Inspect(n.Rhs, f)
	case *SendStmt:
		Inspect(n.Chan, f)
		Inspect(n.Value, f)
	case *ReturnStmt:
		opt(n.Result, f)
	case *BreakStmt:
		opt(n.Label, f)
		opt(n.Value, f)
	case *ContinueStmt:
		opt(n.Label, f)
	case *DeferStmt:
		Inspect(n.Call, f)
	case *GoStmt:
		opt(n.Call, f)
		opt(n.Body, f)
	case *WhileStmt:
		opt(n.Label, f)
		opt(n.Pat, f)
		Inspect(n.Cond, f)
		Inspect(n.Body, f)
	case *ForStmt:
		opt(n.Label, f)
		Inspect(n.Pat, f)
		Inspect(n.X, f)
		Inspect(n.Body, f)

	// Expressions
	case *BadExpr, *UnsupportedExpr, *Ident, *BasicLit, *BoolLit, *NilLit, *FStringText:
	case *FString:
		list(n.Parts, f)
	case *ParenExpr:
		Inspect(n.X, f)
	case *TupleExpr:
		list(n.Elems, f)
	case *ArrayExpr:
		list(n.Elems, f)
		opt(n.Count, f)
	case *StructLit:
		Inspect(n.Type, f)
		list(n.Fields, f)
		opt(n.Base, f)
	case *FieldInit:
		Inspect(n.Name, f)
		opt(n.Value, f)
	case *SelectorExpr:
		Inspect(n.X, f)
		Inspect(n.Sel, f)
	case *TupleIndexExpr:
		Inspect(n.X, f)
	case *IndexExpr:
		Inspect(n.X, f)
		Inspect(n.Index, f)
	case *InstExpr:
		Inspect(n.X, f)
		list(n.TypeArgs, f)
	case *CallExpr:
		Inspect(n.Fun, f)
		list(n.Args, f)
	case *TryExpr:
		Inspect(n.X, f)
	case *UnaryExpr:
		Inspect(n.X, f)
	case *AwaitExpr:
		Inspect(n.X, f)
	case *BinaryExpr:
		Inspect(n.X, f)
		Inspect(n.Y, f)
	case *CastExpr:
		Inspect(n.X, f)
		Inspect(n.Type, f)
	case *RangeExpr:
		opt(n.Lo, f)
		opt(n.Hi, f)
	case *TernaryExpr:
		Inspect(n.Cond, f)
		Inspect(n.Then, f)
		Inspect(n.Else, f)
	case *ClosureExpr:
		list(n.Params, f)
		opt(n.Result, f)
		Inspect(n.Body, f)
	case *Block:
		list(n.Stmts, f)
	case *IfExpr:
		opt(n.Pat, f)
		Inspect(n.Cond, f)
		Inspect(n.Then, f)
		opt(n.Else, f)
	case *MatchExpr:
		Inspect(n.X, f)
		list(n.Arms, f)
	case *MatchArm:
		Inspect(n.Pat, f)
		opt(n.Guard, f)
		Inspect(n.Body, f)
	case *LoopExpr:
		opt(n.Label, f)
		Inspect(n.Body, f)
	case *SelectExpr:
		list(n.Cases, f)
	case *SelectCase:
		opt(n.Bind, f)
		opt(n.Chan, f)
		opt(n.Value, f)
		Inspect(n.Body, f)

	// Patterns
	case *BadPat, *WildcardPat, *RestPat:
	case *IdentPat:
		Inspect(n.Name, f)
	case *LitPat:
		Inspect(n.Value, f)
	case *RangePat:
		opt(n.Lo, f)
		opt(n.Hi, f)
	case *TuplePat:
		list(n.Elems, f)
	case *ArrayPat:
		list(n.Elems, f)
	case *VariantPat:
		Inspect(n.Path, f)
		list(n.Args, f)
	case *StructPat:
		Inspect(n.Type, f)
		list(n.Fields, f)
	case *FieldPat:
		Inspect(n.Name, f)
		opt(n.Pat, f)
	case *OrPat:
		list(n.Alts, f)

	default:
		panic(fmt.Sprintf("syntax.Inspect: unexpected node type %T", n))
	}
	f(nil)
}

// opt inspects n unless it is nil.
func opt[T interface {
	Node
	comparable
}](n T, f func(Node) bool) {
	var zero T
	if n != zero {
		Inspect(n, f)
	}
}

func list[T interface {
	Node
	comparable
}](nodes []T, f func(Node) bool) {
	for _, n := range nodes {
		opt(n, f)
	}
}
