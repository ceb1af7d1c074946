package syntax

import "github.com/vexlang/vex2go/frontend/source"

// Node is any node of the syntax tree.
type Node interface {
	Pos() source.Pos // first byte of the node
	End() source.Pos // first byte after the node
}

// span is embedded in every node and holds its extent.
type span struct{ From, To source.Pos }

func (s *span) Pos() source.Pos { return s.From }
func (s *span) End() source.Pos { return s.To }

// SetSpan sets the node's extent; the parser calls it once per node.
func (s *span) SetSpan(from, to source.Pos) { s.From, s.To = from, to }

// File is one parsed .vx file.
type File struct {
	span
	Name  string // file name as given to the parser
	Decls []Decl
}

// ---------------------------------------------------------------------------
// Declarations (items)

// Decl is a top-level item.
type Decl interface {
	Node
	Exported() bool // declared with export
	aDecl()
}

type declBase struct {
	span
	Doc    string // text of the /// comments before the item, lines joined by \n
	Export bool   // item is preceded by `export`
}

func (*declBase) aDecl() {}

// Exported reports whether the item is declared with export.
func (d *declBase) Exported() bool { return d.Export }

// DeclName returns the name an item declares: the function, method or
// associated function, type, constant or alias name; nil for imports, bad
// and unsupported items.
func DeclName(d Decl) *Ident {
	switch d := d.(type) {
	case *FuncDecl:
		return d.Name
	case *StructDecl:
		return d.Name
	case *EnumDecl:
		return d.Name
	case *ContractDecl:
		return d.Name
	case *ConstDecl:
		return d.Name
	case *TypeAliasDecl:
		return d.Name
	}
	return nil
}

type (
	// BadDecl stands for an item that could not be parsed.
	BadDecl struct{ declBase }

	// UnsupportedDecl stands for an item that Vex has and vex2go refuses
	// (spec section 10), such as a policy, an extern block or a graph fn;
	// also for an attribute before an item, and for a contract member such
	// as `type Item`. The parser skips the item's text; the checker reports
	// Feature.
	UnsupportedDecl struct {
		declBase
		Feature string // the refused feature with its verb, as in "graph fn is"
		Name    *Ident // the name the item declares, if the parser found one
	}

	// FuncDecl: [async] fn [(Recv)] [Assoc.]Name[<TypeParams>](Params)[: Result] Body
	//
	// An operator method has Op set and the spelled name, such as "op+" or
	// "op[]=", in Name; binary and prefix op- differ by their Params.
	FuncDecl struct {
		declBase
		Async      bool
		Recv       *Param // method receiver `(self: &T)`, or nil
		Assoc      *Ident // T in `fn T.new(...)`, or nil
		Name       *Ident
		Op         Token // ADD ... GEQ, NOT, INDEX (op[]) or INDEXSET (op[]=); ILLEGAL for other functions
		TypeParams []*TypeParam
		Params     []*Param
		Result     Type // nil means unit
		Body       *Block
	}

	// StructDecl: struct Name[<TypeParams>][: Contracts] { Fields } | struct Name(Types)
	StructDecl struct {
		declBase
		Name       *Ident
		TypeParams []*TypeParam
		Contracts  []Type
		Tuple      bool // tuple struct; Fields have no names
		Fields     []*Field
	}

	// EnumDecl: enum Name[<TypeParams>] { Variants }
	EnumDecl struct {
		declBase
		Name       *Ident
		TypeParams []*TypeParam
		Variants   []*Variant
	}

	// ContractDecl: contract Name[<TypeParams>][: Embeds] { Methods }
	ContractDecl struct {
		declBase
		Name        *Ident
		TypeParams  []*TypeParam
		Embeds      []Type // embedded contracts: contract Ord2: Eq, Display
		Methods     []*ContractMethod
		Unsupported []*UnsupportedDecl // refused members such as `type Item`
	}

	// ConstDecl: const Name: Type = Value
	ConstDecl struct {
		declBase
		Name  *Ident
		Type  Type
		Value Expr
	}

	// TypeAliasDecl: type Name[<TypeParams>] = Type
	TypeAliasDecl struct {
		declBase
		Name       *Ident
		TypeParams []*TypeParam
		Type       Type
	}

	// ImportDecl: import { a, b as c } from "path" | import * as m from "path"
	// With Export set it is `export { a } from "path"`, a re-export.
	ImportDecl struct {
		declBase
		Names []*ImportName // nil for a star import
		Star  *Ident        // m in `* as m`, or nil
		Path  *BasicLit
	}
)

// Param is a function parameter: Name[!]: Type [= Default].
type Param struct {
	span
	Name    *Ident
	Mut     bool // `b!: B`
	Type    Type // nil when omitted (closures)
	Default Expr // nil when absent
}

// TypeParam is a generic parameter: Name[: Bound + Bound].
type TypeParam struct {
	span
	Name   *Ident
	Bounds []Type

	// Unsupported is set for what vex2go refuses in a parameter list: a
	// default (<Rhs = Self>), a const generic (<const N: usize>) or a
	// lifetime (<'a>, whose Name is "'a").
	Unsupported *UnsupportedType
}

// Field is a struct field. Name is nil in tuple structs.
type Field struct {
	span
	Doc        string
	Visibility Token // PUBLIC, PRIVATE, READONLY, or ILLEGAL when no section applies
	Name       *Ident
	Type       Type
	Tag        string // Go-style tag without backticks, or ""
}

// Variant is an enum variant: Name or Name(Types).
type Variant struct {
	span
	Doc    string
	Name   *Ident
	Fields []Type // nil for a unit variant
}

// ContractMethod is a method signature in a contract:
// [fn] Name(Params)[!][: Result].
type ContractMethod struct {
	span
	Doc    string
	Name   *Ident
	Op     Token  // the operator of an operator method (op+), as in FuncDecl
	Recv   *Param // `self: &Self`, or nil: a method without self takes &Self
	Params []*Param
	Mut    bool // `bump()!`: the method mutates, as with self: &Self!
	Result Type
}

// ImportName is one name in an import list: Name [as Alias].
type ImportName struct {
	span
	Name  *Ident
	Alias *Ident // nil when absent
}

// ---------------------------------------------------------------------------
// Types

// Type is a type expression.
type Type interface {
	Node
	aType()
}

type typeBase struct{ span }

func (*typeBase) aType() {}

type (
	// BadType stands for a type that could not be parsed.
	BadType struct{ typeBase }

	// UnsupportedType stands for a type that Vex has and vex2go refuses:
	// a raw pointer *T, a union A | B, a variadic ...T, a reference with a
	// lifetime, a const generic argument.
	UnsupportedType struct {
		typeBase
		Feature string // the refused feature with its verb, as in "raw pointers (*T) are"
	}

	// NamedType: [Pkg.]Name[<Args>], also Self and the builtin types.
	NamedType struct {
		typeBase
		Pkg  *Ident // qualifier, or nil
		Name *Ident
		Args []Type
	}

	// RefType: &Elem or &Elem!
	RefType struct {
		typeBase
		Mut  bool
		Elem Type
	}

	// ArrayType: [Elem; Len] or, with Len nil, the slice [Elem].
	ArrayType struct {
		typeBase
		Elem Type
		Len  Expr
	}

	// TupleType: (A, B, ...); () is unit.
	TupleType struct {
		typeBase
		Elems []Type
	}

	// FuncType: fn(Params): Result
	FuncType struct {
		typeBase
		Params []Type
		Result Type // nil means unit
	}
)

// ---------------------------------------------------------------------------
// Statements

// Stmt is a statement.
type Stmt interface {
	Node
	aStmt()
}

type stmtBase struct{ span }

func (*stmtBase) aStmt() {}

type (
	// BadStmt stands for a statement that could not be parsed.
	BadStmt struct{ stmtBase }

	// DeclStmt is an item inside a block (const, fn, struct, ...).
	DeclStmt struct {
		stmtBase
		Decl Decl
	}

	// LetStmt: let[!] Pat [: Type] [= Value]
	LetStmt struct {
		stmtBase
		Mut   bool
		Pat   Pattern
		Type  Type // nil when omitted
		Value Expr // nil for late initialisation
	}

	// ExprStmt is an expression used as a statement. Semi records an explicit
	// `;` in the source: a block's last ExprStmt without one is its value.
	ExprStmt struct {
		stmtBase
		X    Expr
		Semi bool
	}

	// AssignStmt: Lhs Op Rhs, Op one of = += -= ... >>=
	AssignStmt struct {
		stmtBase
		Op  Token
		Lhs Expr
		Rhs Expr
	}

	// SendStmt: Chan <- Value
	SendStmt struct {
		stmtBase
		Chan  Expr
		Value Expr
	}

	// ReturnStmt: return [Result]
	ReturnStmt struct {
		stmtBase
		Result Expr
	}

	// BreakStmt: break ['label] [Value]
	BreakStmt struct {
		stmtBase
		Label *Ident
		Value Expr
	}

	// ContinueStmt: continue ['label]
	ContinueStmt struct {
		stmtBase
		Label *Ident
	}

	// DeferStmt: defer Call
	DeferStmt struct {
		stmtBase
		Call Expr
	}

	// GoStmt: go Call | go Block
	GoStmt struct {
		stmtBase
		Call Expr   // nil for a block
		Body *Block // nil for a call
	}

	// WhileStmt: ['label:] while Cond Body | while let Pat = Cond Body
	WhileStmt struct {
		stmtBase
		Label *Ident
		Pat   Pattern // non-nil for while let
		Cond  Expr
		Body  *Block
	}

	// ForStmt: ['label:] for Pat in X Body
	ForStmt struct {
		stmtBase
		Label *Ident
		Pat   Pattern
		X     Expr
		Body  *Block
	}
)

// ---------------------------------------------------------------------------
// Expressions

// Expr is an expression.
type Expr interface {
	Node
	aExpr()
}

type exprBase struct{ span }

func (*exprBase) aExpr() {}

type (
	// BadExpr stands for an expression that could not be parsed.
	BadExpr struct{ exprBase }

	// UnsupportedExpr stands for an expression that Vex has and vex2go
	// refuses: the operators *+ >< <*> and transpose, an autograd block,
	// $param, a compile-time intrinsic or $for/$if, a template literal,
	// unsafe and asm blocks. Its operands are not kept.
	UnsupportedExpr struct {
		exprBase
		Feature string // the refused feature with its verb, as in "template literals are"
	}

	// Ident is a name; also `self`.
	Ident struct {
		exprBase
		Name string
	}

	// BasicLit is an INT, FLOAT, CHAR or STRING literal. Value is the decoded
	// value for CHAR and STRING, and the digits without `_` and without the
	// suffix for numbers (prefix such as 0x kept).
	BasicLit struct {
		exprBase
		Kind   Token
		Raw    string // source text
		Value  string
		Suffix string // type suffix such as "u8", or ""
	}

	// BoolLit: true | false
	BoolLit struct {
		exprBase
		Value bool
	}

	// NilLit: nil
	NilLit struct{ exprBase }

	// FString: f"text {expr} text". Parts alternate freely between literal
	// text (*FStringText) and embedded expressions.
	FString struct {
		exprBase
		Parts []Expr
	}

	// FStringText is decoded literal text inside an f-string.
	FStringText struct {
		exprBase
		Text string
	}

	// ParenExpr: (X)
	ParenExpr struct {
		exprBase
		X Expr
	}

	// TupleExpr: (A, B, ...); () is the unit value.
	TupleExpr struct {
		exprBase
		Elems []Expr
	}

	// ArrayExpr: [A, B, ...] or, with Count set, [Elem; Count].
	ArrayExpr struct {
		exprBase
		Elems []Expr
		Count Expr
	}

	// StructLit: Type { name: value, name, ..Base }
	StructLit struct {
		exprBase
		Type   Expr // Ident, SelectorExpr or InstExpr naming the struct
		Fields []*FieldInit
		Base   Expr // ..Base, or nil
	}

	// SelectorExpr: X.Sel (field, method, qualified name or variant)
	SelectorExpr struct {
		exprBase
		X   Expr
		Sel *Ident
	}

	// TupleIndexExpr: X.Index
	TupleIndexExpr struct {
		exprBase
		X     Expr
		Index int
	}

	// IndexExpr: X[Index]
	IndexExpr struct {
		exprBase
		X     Expr
		Index Expr
	}

	// InstExpr: X<TypeArgs>, an explicit instantiation as in f<T>(x) or
	// Channel.new<i32>(8).
	InstExpr struct {
		exprBase
		X        Expr
		TypeArgs []Type
	}

	// CallExpr: Fun(Args), or Fun(Args...) with ... before the last
	// argument, which passes a slice as the variadic part of a Go function.
	CallExpr struct {
		exprBase
		Fun      Expr
		Args     []Expr
		Ellipsis source.Pos // the position of ..., or NoPos
	}

	// TryExpr: X?
	TryExpr struct {
		exprBase
		X Expr
	}

	// UnaryExpr: Op X with Op one of - ! ~ & &! * (deref) <- and the
	// reductions <+ <* <?| >?| <& <|. &x! is &!x.
	UnaryExpr struct {
		exprBase
		Op Token
		X  Expr
	}

	// AwaitExpr: await X
	AwaitExpr struct {
		exprBase
		X Expr
	}

	// BinaryExpr: X Op Y, Op also one of the vector operators <? >? +| -|
	// <<< >>>.
	BinaryExpr struct {
		exprBase
		Op Token
		X  Expr
		Y  Expr
	}

	// CastExpr: X as Type
	CastExpr struct {
		exprBase
		X    Expr
		Type Type
	}

	// RangeExpr: Lo..Hi or Lo..=Hi
	RangeExpr struct {
		exprBase
		Lo, Hi    Expr
		Inclusive bool
	}

	// TernaryExpr: Cond ? Then : Else
	TernaryExpr struct {
		exprBase
		Cond, Then, Else Expr
	}

	// ClosureExpr: |Params|[: Result] Body
	ClosureExpr struct {
		exprBase
		Params []*Param
		Result Type // nil when omitted
		Body   Expr // *Block or any expression
	}

	// Block: { Stmts }
	Block struct {
		exprBase
		Stmts []Stmt
	}

	// IfExpr: if Cond Then [else Else] | if let Pat = Cond Then [else Else].
	// Else is nil, a *Block, or an *IfExpr (elif / else if).
	IfExpr struct {
		exprBase
		Pat  Pattern // non-nil for if let
		Cond Expr
		Then *Block
		Else Expr
	}

	// MatchExpr: match X { Arms }
	MatchExpr struct {
		exprBase
		X    Expr
		Arms []*MatchArm
	}

	// LoopExpr: ['label:] loop Body
	LoopExpr struct {
		exprBase
		Label *Ident
		Body  *Block
	}

	// SelectExpr: select { Cases }
	SelectExpr struct {
		exprBase
		Cases []*SelectCase
	}
)

// FieldInit is one field in a struct literal; Value is nil for shorthand.
type FieldInit struct {
	span
	Name  *Ident
	Value Expr
}

// MatchArm: Pat [if Guard] => Body
type MatchArm struct {
	span
	Pat   Pattern
	Guard Expr
	Body  Expr
}

// SelectKind tells the kind of a select case.
type SelectKind uint8

const (
	SelectRecv    SelectKind = iota // [Bind =] <-Chan => Body
	SelectRecvOpt                   // Bind = Chan.recv() => Body, Bind a pattern such as Some(v)
	SelectSend                      // Chan <- Value => Body
	SelectAfter                     // after Value => Body
	SelectDefault                   // default => Body
)

// SelectCase is one case of a select.
type SelectCase struct {
	span
	Kind  SelectKind
	Bind  Pattern // receive target, or nil
	Chan  Expr
	Value Expr // sent value or after duration
	Body  Expr
}

// ---------------------------------------------------------------------------
// Patterns

// Pattern is a pattern in let, match, if let, while let and for.
type Pattern interface {
	Node
	aPattern()
}

type patBase struct{ span }

func (*patBase) aPattern() {}

type (
	// BadPat stands for a pattern that could not be parsed.
	BadPat struct{ patBase }

	// WildcardPat: _
	WildcardPat struct{ patBase }

	// RestPat: .. inside a tuple or array pattern
	RestPat struct{ patBase }

	// IdentPat: a bare name. It binds the name, unless the name is a variant
	// of the scrutinee's enum (or None), which the checker decides.
	IdentPat struct {
		patBase
		Name *Ident
	}

	// LitPat: a literal, possibly negated: 1, -1, "s", 'c', true
	LitPat struct {
		patBase
		Value Expr
	}

	// RangePat: Lo..Hi or Lo..=Hi with literal bounds
	RangePat struct {
		patBase
		Lo, Hi    Expr
		Inclusive bool
	}

	// TuplePat: (A, B, ...)
	TuplePat struct {
		patBase
		Elems []Pattern
	}

	// ArrayPat: [A, B, ...]
	ArrayPat struct {
		patBase
		Elems []Pattern
	}

	// VariantPat: Path(Args) or a qualified Path such as Color.Red.
	// Path is an *Ident (Some, Ok, Move) or a *SelectorExpr (Message.Move).
	VariantPat struct {
		patBase
		Path   Expr
		Args   []Pattern
		Parens bool // (Args) were written
	}

	// StructPat: Type { name, name: Pat, .. }
	StructPat struct {
		patBase
		Type   Expr
		Fields []*FieldPat
		Rest   bool
	}

	// OrPat: A | B | ...
	OrPat struct {
		patBase
		Alts []Pattern
	}
)

// FieldPat is one field in a struct pattern; Pat is nil for shorthand.
type FieldPat struct {
	span
	Name *Ident
	Pat  Pattern
}

// BoundName returns the name that the pattern node n binds by itself: that
// of a name pattern, or of a field pattern written as the field's name
// alone (P { x }); nil for any other node.
func BoundName(n Node) *Ident {
	switch n := n.(type) {
	case *IdentPat:
		return n.Name
	case *FieldPat:
		if n.Pat == nil {
			return n.Name
		}
	}
	return nil
}

// Unparen returns e with any enclosing parentheses removed, as
// go/ast.Unparen does.
func Unparen(e Expr) Expr {
	for {
		p, ok := e.(*ParenExpr)
		if !ok {
			return e
		}
		e = p.X
	}
}

// Target returns the place an assignment writes: its left side without
// the parentheses that may enclose it, as in (*r) += 1.
func (s *AssignStmt) Target() Expr { return Unparen(s.Lhs) }
