package types

import "github.com/vexlang/vex2go/frontend/syntax"

// Info records the results of type checking for the lowering.
type Info struct {
	Types map[syntax.Expr]Type        // final type of every checked expression
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
}

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
	}
}

// CallKind tells what a call expression calls.
type CallKind uint8

const (
	CallFunc        CallKind = iota // a top-level function (Call.Func)
	CallValue                       // a function value: a local holding a closure
	CallBuiltin                     // a prelude function: println, sleep, Some, ... (Call.Name)
	CallMethod                      // a method of a prelude type: ch.send, opt.or, ... (Call.Name, Call.Recv)
	CallNew                         // a constructor: Channel.new<T>(cap), Channel<T>(cap) (Call.Name is the type)
	CallVariant                     // an enum variant with a payload: Shape.Circle(r) (Call.Variant)
	CallTupleStruct                 // a tuple struct: Id(7) (Call.Type is the struct)
	CallUserMethod                  // a method of a user type: p.dist() (Call.Func, Call.Recv)
	CallAssoc                       // an associated function: Point.new(1, 2) (Call.Func)
	CallStd                         // a function of a standard module: math.sqrt(x), Mutex.new(0) (Call.Module, Call.Name)
)

// Call describes one call expression.
type Call struct {
	Kind CallKind
	Name string   // builtin, method or type name
	Func *FuncObj // for CallFunc
	Recv Type     // receiver type for CallMethod (references removed)
	Type Type     // the constructed type for CallNew; the callee's signature otherwise

	Variant  *Variant // for CallVariant
	TypeArgs []Type   // inferred type arguments of a generic function, final after checking

	Module string // for CallStd: the standard module's import path; Name is "sqrt", or "Mutex.new" for an associated function
}
