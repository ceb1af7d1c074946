package types

import "github.com/vexlang/vex2go/frontend/syntax"

// Info records the results of type checking for the lowering.
type Info struct {
	Types map[syntax.Expr]Type        // final type of every checked expression: no inference variable is left
	Defs  map[*syntax.Ident]Object    // the object each declaring identifier declares
	Uses  map[*syntax.Ident]Object    // the object each referring identifier denotes
	Calls map[*syntax.CallExpr]*Call  // what each call means
	Pats  map[syntax.Pattern]Type     // final type of the value each pattern matches
	Go    map[*syntax.GoStmt][]*Local // locals a go block captures, in order of first use
	Funcs map[*syntax.FuncDecl]*FuncObj

	// Variants maps a variant reference (an Ident or SelectorExpr in an
	// expression, a pattern node) to its variant.
	Variants map[syntax.Node]*Variant
	// Fields maps a field selection x.f (also x.0 on a tuple struct) to its field.
	Fields map[syntax.Expr]*Field
	// OrAlts maps the whole pattern of a match arm, if let or while let
	// that holds a | pattern binding names inside it, (A(n) | B(n), x), to
	// the alternatives it stands for, (A(n), x) and (B(n), x), each a
	// pattern without such a | (pattern.go).
	OrAlts map[syntax.Pattern][]syntax.Pattern
	// Consts holds the expressions built from literals and operators alone,
	// which Go sees as untyped constants, with their values (const.go).
	Consts map[syntax.Expr]Constant
	// Implicit maps an expression that is converted where it is used to
	// the type it is converted to: a fixed array passed or assigned where a
	// slice [T] is expected becomes the slice that views it, a call of
	// type never stands for a value of the expected type, a value put
	// in an any is boxed with its own type, a constant's too, and a Vex
	// function used as a Go named func type (lib.Handler) takes Go's results.
	Implicit map[syntax.Expr]Type
	// Operators maps a binary, unary or index expression that calls an
	// operator method to the call (operator.go); IndexSets maps the
	// target x[i] of an assignment that calls op[]= to that call, and
	// OpAssigns a compound assignment x += v that calls op+ (x = x + v).
	Operators map[syntax.Expr]*OperatorCall
	IndexSets map[*syntax.IndexExpr]*OperatorCall
	OpAssigns map[*syntax.AssignStmt]*OperatorCall
	// AsyncUses tells how the package uses each async function without a
	// receiver that it calls or names, so that the lowering knows, when it
	// lowers the function, whether its body may run without a future.
	AsyncUses map[*FuncObj]AsyncUse
}

// AsyncUse is a set of the ways a package uses an async function.
type AsyncUse uint8

const (
	// AwaitedCall: `await f(x)`, a direct call awaited at once.
	AwaitedCall AsyncUse = 1 << iota
	// OtherUse: a call whose future is kept, spawned or passed on, or the
	// function used as a value.
	OtherUse
)

func newInfo() *Info {
	return &Info{
		Types: make(map[syntax.Expr]Type),
		Defs:  make(map[*syntax.Ident]Object),
		Uses:  make(map[*syntax.Ident]Object),
		Calls: make(map[*syntax.CallExpr]*Call),
		Pats:  make(map[syntax.Pattern]Type),
		Go:    make(map[*syntax.GoStmt][]*Local),
		Funcs: make(map[*syntax.FuncDecl]*FuncObj),

		Variants: make(map[syntax.Node]*Variant),
		Fields:   make(map[syntax.Expr]*Field),
		OrAlts:   make(map[syntax.Pattern][]syntax.Pattern),
		Consts:   make(map[syntax.Expr]Constant),
		Implicit: make(map[syntax.Expr]Type),

		Operators: make(map[syntax.Expr]*OperatorCall),
		IndexSets: make(map[*syntax.IndexExpr]*OperatorCall),
		OpAssigns: make(map[*syntax.AssignStmt]*OperatorCall),
		AsyncUses: make(map[*FuncObj]AsyncUse),
	}
}

// CallKind tells the shape of a call expression.
type CallKind uint8

const (
	CallFunc        CallKind = iota // a function or associated function: f(x), m.f(x), Point.new(x), println(x), Mutex.new(v)
	CallMethod                      // a method: x.f(args), with Recv; the callee is nil for a method of a contract or type parameter
	CallValue                       // a function value: a local holding a closure
	CallVariant                     // an enum variant with a payload: Shape.Circle(r) (Call.Variant)
	CallTupleStruct                 // a tuple struct: Id(7) (Call.Type is the struct)
	CallConversion                  // T(x) for a Go type T: http.HandlerFunc(f); the callee is the *TypeName, Type is fn(from): T
)

// Call describes one call expression.
type Call struct {
	Kind CallKind
	// Callee is what a function or method call calls: a *FuncObj, a Vex
	// declaration, a *Builtin, an entry of the prelude table (table.go),
	// or a *GoObj, a function or method of a Go package (goimport.go).
	Callee Object
	Recv   Type // the receiver's type of a method call; references removed for a Builtin
	Type   Type // the callee's signature (*Func); the constructed type of a variant or tuple struct

	Variant  *Variant // for CallVariant
	TypeArgs []Type   // inferred type arguments of a generic function, final after checking
}

// GoFunc returns the Go function or method that the call calls, or nil.
func (c *Call) GoFunc() *GoObj {
	g, _ := c.Callee.(*GoObj)
	return g
}

// Func returns the Vex function, method or associated function that the
// call calls, or nil.
func (c *Call) Func() *FuncObj {
	f, _ := c.Callee.(*FuncObj)
	return f
}

// Builtin returns the entry of the prelude table that the call calls, or
// NoBuiltin.
func (c *Call) Builtin() BuiltinID {
	if b, ok := c.Callee.(*Builtin); ok {
		return b.ID
	}
	return NoBuiltin
}

// Forget deletes what info records about the nodes of the subtree n, so
// that a caller done with a part of the tree, such as a function body it
// has lowered, lets its memory be reclaimed.
func (info *Info) Forget(n syntax.Node) {
	syntax.Inspect(n, func(n syntax.Node) bool {
		switch n := n.(type) {
		case nil:
			return true
		case *syntax.Ident:
			delete(info.Defs, n)
			delete(info.Uses, n)
		case *syntax.CallExpr:
			delete(info.Calls, n)
		case *syntax.GoStmt:
			delete(info.Go, n)
		case *syntax.FuncDecl:
			delete(info.Funcs, n)
		case *syntax.IndexExpr:
			delete(info.IndexSets, n)
		}
		if e, ok := n.(syntax.Expr); ok {
			delete(info.Types, e)
			delete(info.Fields, e)
			delete(info.Consts, e)
			delete(info.Implicit, e)
			delete(info.Operators, e)
		}
		if p, ok := n.(syntax.Pattern); ok {
			delete(info.Pats, p)
		}
		delete(info.Variants, n)
		return true
	})
}
