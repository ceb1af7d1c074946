package lower

import "github.com/vexlang/vex2go/frontend/source"

// The IR is a small Go syntax tree: every node has a direct Go spelling, so
// gen only prints. Positions are .vx positions for //line directives.

// Package is one generated Go package.
type Package struct {
	Name  string // Go package name
	Path  string // import path, "" when unknown
	Files []*File
}

// File is one generated Go file.
type File struct {
	Name   string // output file name, e.g. "main.vx.go"
	Source string // .vx file name for the header and //line directives (base name)
	Decls  []Decl

	Imports []Import // packages the file may import, with their names (imports.go)
}

// Pos is the .vx position of a generated node; the zero Pos means none.
type Pos struct {
	File      string // base name of the .vx file
	Line, Col int
}

// PosOf converts a frontend position.
func PosOf(fset *source.FileSet, p source.Pos) Pos {
	pp := fset.Position(p)
	if !pp.IsValid() {
		return Pos{}
	}
	return Pos{File: baseName(pp.Filename), Line: pp.Line, Col: pp.Column}
}

func baseName(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		if path[i] == '/' || path[i] == '\\' {
			return path[i+1:]
		}
	}
	return path
}

// ---------------------------------------------------------------------------
// Declarations

// Decl is a top-level Go declaration.
type Decl interface{ aDecl() }

type (
	// FuncDecl: func [(Recv)] Name[TypeParams](Params) Results { Body }
	FuncDecl struct {
		Pos        Pos
		Doc        string
		Recv       *Field // nil for functions
		Name       string
		TypeParams []*Field // Name and constraint Type
		Params     []*Field
		Results    []Type
		Body       *Block
	}

	// TypeDecl: type Name[TypeParams] Type, or type Name = Type when Alias.
	TypeDecl struct {
		Pos        Pos
		Doc        string
		Name       string
		TypeParams []*Field
		Type       Type
		Alias      bool
	}

	// ConstDecl: const ( Names... ) — with Type and Iota set, the first
	// name is `Name Type = iota` and the rest follow implicitly; otherwise
	// each name has its Value.
	ConstDecl struct {
		Pos    Pos
		Doc    string
		Type   Type // nil: untyped
		Iota   bool
		Names  []string
		Docs   []string // doc comment of each name, or nil
		Values []Expr   // ignored when Iota
	}

	// VarDecl: var Name Type = Value (package level)
	VarDecl struct {
		Pos   Pos
		Doc   string
		Name  string
		Type  Type // may be nil when Value is set
		Value Expr // may be nil
	}
)

func (*FuncDecl) aDecl()  {}
func (*TypeDecl) aDecl()  {}
func (*ConstDecl) aDecl() {}
func (*VarDecl) aDecl()   {}

// Field is a parameter, result, struct field or type parameter.
type Field struct {
	Name string // may be "" for unnamed parameters
	Type Type
	Tag  string // struct tag without backticks
	Doc  string
}

// ---------------------------------------------------------------------------
// Types

// Type is a Go type expression.
type Type interface{ aType() }

type (
	// NamedType: [pkg.]Name[Args]. Path is the import path ("" for builtin
	// and package-local names).
	NamedType struct {
		Path string
		Name string
		Args []Type
	}
	PointerType struct{ Elem Type }
	SliceType   struct{ Elem Type }
	// ArrayType: [Len]Elem, or [...]Elem in a composite literal when Len < 0.
	ArrayType struct {
		Len  int64
		Elem Type
	}
	MapType struct{ Key, Elem Type }
	// ChanType: chan Elem, or <-chan Elem / chan<- Elem when Dir is "<-chan" / "chan<-"
	ChanType struct {
		Dir  string // "" for a bidirectional channel
		Elem Type
	}
	// FuncType: func(Params) Results
	FuncType struct {
		Params  []Type
		Results []Type
	}
	// StructType: struct { Fields }
	StructType struct{ Fields []*Field }
	// InterfaceType: interface { Embeds; Methods; Union }. Union, when set,
	// is a type-set line such as ~int | ~int64.
	InterfaceType struct {
		Embeds  []Type
		Methods []*Method
		Union   []Type
	}
	// TildeType: ~Elem inside a union
	TildeType struct{ Elem Type }
)

// Method is a method signature in an interface.
type Method struct {
	Doc     string
	Name    string
	Params  []*Field
	Results []Type
}

func (*NamedType) aType()     {}
func (*PointerType) aType()   {}
func (*SliceType) aType()     {}
func (*ArrayType) aType()     {}
func (*MapType) aType()       {}
func (*ChanType) aType()      {}
func (*FuncType) aType()      {}
func (*StructType) aType()    {}
func (*InterfaceType) aType() {}
func (*TildeType) aType()     {}

// ---------------------------------------------------------------------------
// Statements

// Stmt is a Go statement. Statements carrying a Pos get a line directive.
type Stmt interface{ aStmt() }

type (
	// Block: { Stmts }
	Block struct{ Stmts []Stmt }

	// ExprStmt: X
	ExprStmt struct {
		Pos Pos
		X   Expr
	}

	// AssignStmt: Lhs Op Rhs with Op one of = := += -= ... ; an empty Rhs
	// with Op "++" or "--" is an inc/dec statement.
	AssignStmt struct {
		Pos Pos
		Lhs []Expr
		Op  string
		Rhs []Expr
	}

	// VarStmt: var Name Type [= Value]
	VarStmt struct {
		Pos   Pos
		Name  string
		Type  Type
		Value Expr // nil: zero value
	}

	// IfStmt: if [Init;] Cond Then [else Else]; Else is nil, *Block or *IfStmt.
	IfStmt struct {
		Pos  Pos
		Init Stmt
		Cond Expr
		Then *Block
		Else Stmt
	}

	// ForStmt: [Label:] for [Init]; [Cond]; [Post] { Body }. All of Init,
	// Cond and Post nil prints `for {`; only Cond prints `for Cond {`.
	ForStmt struct {
		Pos   Pos
		Label string
		Init  Stmt
		Cond  Expr
		Post  Stmt
		Body  *Block
	}

	// RangeStmt: [Label:] for Key, Value := range X { Body }. Key and Value
	// may be "" (omitted; "_" is printed where Go needs a placeholder).
	RangeStmt struct {
		Pos        Pos
		Label      string
		Key, Value string
		X          Expr
		Body       *Block
	}

	// SwitchStmt: [Label:] switch [Init;] [Tag] { Cases }
	SwitchStmt struct {
		Pos   Pos
		Label string
		Init  Stmt
		Tag   Expr // nil: switch true
		Cases []*CaseClause
	}

	// TypeSwitchStmt: [Label:] switch Bind := X.(type) { Cases }
	TypeSwitchStmt struct {
		Pos   Pos
		Label string
		Bind  string // "" for `switch X.(type)`
		X     Expr
		Cases []*TypeCase
	}

	// SelectStmt: [Label:] select { Cases }
	SelectStmt struct {
		Pos   Pos
		Label string
		Cases []*CommClause
	}

	// ReturnStmt: return Results
	ReturnStmt struct {
		Pos     Pos
		Results []Expr
	}

	// BranchStmt: break [Label] | continue [Label] | goto Label | fallthrough
	BranchStmt struct {
		Pos   Pos
		Tok   string // "break", "continue", "goto", "fallthrough"
		Label string
	}

	// GoStmt: go Call
	GoStmt struct {
		Pos  Pos
		Call Expr
	}

	// DeferStmt: defer Call
	DeferStmt struct {
		Pos  Pos
		Call Expr
	}

	// SendStmt: Chan <- Value
	SendStmt struct {
		Pos   Pos
		Chan  Expr
		Value Expr
	}

	// LabeledStmt: Label: Stmt (for labels not attached to a loop)
	LabeledStmt struct {
		Label string
		Stmt  Stmt
	}
)

// CaseClause: case List...: Body, or default: Body when List is nil.
type CaseClause struct {
	Pos  Pos
	List []Expr
	Body []Stmt
}

// TypeCase: case Types...: Body, or default: Body when Types is nil.
type TypeCase struct {
	Pos   Pos
	Types []Type
	Body  []Stmt
}

// CommClause: case Comm: Body, or default: Body when Comm is nil. Comm is
// a *SendStmt, an *ExprStmt holding a receive (`<-ch`), or an *AssignStmt
// `v := <-ch` / `v, ok := <-ch`.
type CommClause struct {
	Pos  Pos
	Comm Stmt
	Body []Stmt
}

func (*Block) aStmt()          {}
func (*ExprStmt) aStmt()       {}
func (*AssignStmt) aStmt()     {}
func (*VarStmt) aStmt()        {}
func (*IfStmt) aStmt()         {}
func (*ForStmt) aStmt()        {}
func (*RangeStmt) aStmt()      {}
func (*SwitchStmt) aStmt()     {}
func (*TypeSwitchStmt) aStmt() {}
func (*SelectStmt) aStmt()     {}
func (*ReturnStmt) aStmt()     {}
func (*BranchStmt) aStmt()     {}
func (*GoStmt) aStmt()         {}
func (*DeferStmt) aStmt()      {}
func (*SendStmt) aStmt()       {}
func (*LabeledStmt) aStmt()    {}

// ---------------------------------------------------------------------------
// Expressions

// Expr is a Go expression.
type Expr interface{ aExpr() }

type (
	// Ident: a local name, or a name in another package when Path is set
	// (vexrt.Some is Ident{Path: ".../vexrt", Name: "Some"}).
	Ident struct {
		Path string
		Name string
	}

	// Lit is a literal written as Go source: 42, 3.5, "text" (already
	// quoted), 'x', true, nil.
	Lit struct{ Value string }

	// BinaryExpr: X Op Y
	BinaryExpr struct {
		Op   string
		X, Y Expr
	}

	// UnaryExpr: Op X with Op one of - ! ^ & * <-
	UnaryExpr struct {
		Op string
		X  Expr
		// Implicit marks a * that Go makes itself before a method call:
		// method calls p.M() for (*p).M().
		Implicit bool
	}

	// CallExpr: Fun[TypeArgs](Args), or Fun(Args...) with Ellipsis
	CallExpr struct {
		Fun      Expr
		TypeArgs []Type
		Args     []Expr
		Ellipsis bool
	}

	// ConvExpr: Type(X)
	ConvExpr struct {
		Type Type
		X    Expr
	}

	// SelectorExpr: X.Sel
	SelectorExpr struct {
		X   Expr
		Sel string
	}

	// IndexExpr: X[Index]
	IndexExpr struct {
		X, Index Expr
	}

	// SliceExpr: X[Lo:Hi] (nil bounds omitted)
	SliceExpr struct {
		X, Lo, Hi Expr
	}

	// CompositeLit: Type{Elts}; elements may be *KeyValue.
	CompositeLit struct {
		Type Type
		Elts []Expr
	}

	// KeyValue: Key: Value inside a composite literal
	KeyValue struct {
		Key, Value Expr
	}

	// FuncLit: func(Params) Results { Body }
	FuncLit struct {
		Params  []*Field
		Results []Type
		Body    *Block
	}

	// ParenExpr: (X)
	ParenExpr struct{ X Expr }

	// TypeAssertExpr: X.(Type)
	TypeAssertExpr struct {
		X    Expr
		Type Type
	}

	// TypeExpr lets a type stand where Go expects an expression, such as
	// the first argument of make or new.
	TypeExpr struct{ Type Type }

	// BadExpr stands for an expression that the lowering could not spell
	// in Go. Lower reports each as an internal error, so a BadExpr never
	// reaches gen.
	BadExpr struct{}
)

func (*Ident) aExpr()          {}
func (*Lit) aExpr()            {}
func (*BinaryExpr) aExpr()     {}
func (*UnaryExpr) aExpr()      {}
func (*CallExpr) aExpr()       {}
func (*ConvExpr) aExpr()       {}
func (*SelectorExpr) aExpr()   {}
func (*IndexExpr) aExpr()      {}
func (*SliceExpr) aExpr()      {}
func (*CompositeLit) aExpr()   {}
func (*KeyValue) aExpr()       {}
func (*FuncLit) aExpr()        {}
func (*ParenExpr) aExpr()      {}
func (*TypeAssertExpr) aExpr() {}
func (*TypeExpr) aExpr()       {}
func (*BadExpr) aExpr()        {}
