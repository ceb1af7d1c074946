package types

import (
	"github.com/vexlang/vex2go/frontend/source"
	"github.com/vexlang/vex2go/frontend/syntax"
)

// Object is a named entity: a local, a function, a constant or a builtin.
type Object interface {
	Name() string
	Pos() source.Pos
}

type object struct {
	name string
	pos  source.Pos
}

func (o *object) Name() string    { return o.name }
func (o *object) Pos() source.Pos { return o.pos }

// Local is a local variable or parameter.
type Local struct {
	object
	Type     Type
	Mut      bool // let! or a b! parameter
	LateInit bool // let x: T without a value: the first assignment initialises it
	Param    bool // a function or closure parameter
	Used     bool // read somewhere (Go rejects unused locals)

	ctx *funcCtx // the function, closure or go block that declares it
}

// RecvKind tells how a method takes its receiver.
type RecvKind uint8

const (
	RecvNone   RecvKind = iota // a function or an associated function
	RecvRef                    // self: &T
	RecvMutRef                 // self: &T!
	RecvValue                  // self: T
)

// FuncObj is a top-level function, a method or an associated function.
type FuncObj struct {
	object
	Decl       *syntax.FuncDecl
	Sig        *Func // without the receiver; for an async fn, Result is Future<T>
	Async      bool
	Export     bool
	Owner      *Named // the type of a method or associated function
	Extends    *Basic // the built-in type of an extension method, which has no Owner
	Recv       RecvKind
	TypeParams []*TypeParam  // the function's own, and for methods of generic types the type's
	Defaults   []syntax.Expr // default value of each parameter, nil where there is none
}

// Required returns the number of arguments a call must pass.
func (f *FuncObj) Required() int {
	n := len(f.Defaults)
	for n > 0 && f.Defaults[n-1] != nil {
		n--
	}
	return n
}

// Result returns the declared result: the T of an async fn's Future<T>.
func (f *FuncObj) Result() Type {
	if f.Async {
		return f.Sig.Result.(*Future).Elem
	}
	return f.Sig.Result
}

// Const is a named constant.
type Const struct {
	object
	Decl  *syntax.ConstDecl
	Type  Type
	Local bool // declared inside a function body
}

// TypeName names a type, such as i32 or Channel, where a call or selector
// needs it (Channel.new, Vec.new).
type TypeName struct {
	object
	Type Type        // nil for generic prelude types that need arguments
	Decl syntax.Decl // the declaration of a user type
	Go   *GoObj      // the declaration of a type of a Go package (goimport.go)

	goWhy      typeRefusal  // why a Go type has no Vex type, reported where it is used
	TypeParams []*TypeParam // the type parameters of a generic alias, which Type names
}

// failedImport reports whether tn is the placeholder of a name whose
// import failed, whose uses draw no more errors.
func (tn *TypeName) failedImport() bool {
	return tn.Type == InvalidType && tn.Decl == nil && tn.Go == nil
}

// Scope maps names to objects; scopes nest.
type Scope struct {
	parent *Scope
	names  map[string]Object
}

// NewScope returns a scope nested in parent.
func NewScope(parent *Scope) *Scope { return &Scope{parent: parent} }

// Insert adds obj, replacing (shadowing) any object of the same name in s.
func (s *Scope) Insert(obj Object) {
	if s.names == nil {
		s.names = make(map[string]Object)
	}
	s.names[obj.Name()] = obj
}

// LookupLocal returns the object named name in s itself.
func (s *Scope) LookupLocal(name string) Object { return s.names[name] }

// Lookup returns the innermost object named name.
func (s *Scope) Lookup(name string) Object {
	for ; s != nil; s = s.parent {
		if obj, ok := s.names[name]; ok {
			return obj
		}
	}
	return nil
}
