package types

import (
	gotypes "go/types"
	"strconv"
	"unicode"
	"unicode/utf8"

	"golang.org/x/tools/go/types/typeutil"
)

// This file holds the Vex types of Go's types (interop.md section 3) and
// maps go/types types to them:
//
//	bool, string, intN, uintN, floatN   the Vex basic types; int is isize, uint and uintptr usize, rune i32
//	[]T, [N]T                           [T], [T; N]; a []T result is a Vec<T>
//	*T                                  &T!
//	map[K]V                             GoMap<K, V>
//	chan T, <-chan T, chan<- T          GoChan<T>
//	func(A) R                           fn(A): R, with the results of section 4
//	error                               GoError
//	any, interface{}                    any
//	struct{}                            ()
//	a named type                        GoNamed: its Go name, its methods and fields
//
// complex64, complex128, unsafe.Pointer, and unnamed struct types with
// fields and non-empty interface types have no Vex type: a use of a Go declaration that needs one is
// refused, naming the declaration.

// GoNamed is a named type of a Go package: a struct, a named basic type
// such as time.Duration, an interface such as io.Reader, a named func,
// slice or map type. Its methods and fields are those go/types finds.
type GoNamed struct {
	Obj  *gotypes.TypeName // the declaration; of the generic type for an instance
	Args []Type            // the type arguments of an instance of a generic type
}

func (t *GoNamed) String() string {
	s := t.Obj.Name()
	if t.Obj.Pkg() != nil {
		s = t.Obj.Pkg().Name() + "." + s
	}
	if len(t.Args) > 0 {
		s += "<" + join(t.Args) + ">"
	}
	return s
}

// Named returns the go/types type of t's declaration, which is generic
// for an instance of a generic type.
func (t *GoNamed) Named() *gotypes.Named {
	n, _ := t.Obj.Type().(*gotypes.Named)
	return n
}

// Underlying returns the Go underlying type of t: of the generic type for
// an instance, whose type parameters Subst maps.
func (t *GoNamed) Underlying() gotypes.Type { return t.Obj.Type().Underlying() }

// GoMap is Go's map[K]V: GoMap<K, V>.
type GoMap struct{ Key, Elem Type }

func (t *GoMap) String() string { return "GoMap<" + t.Key.String() + ", " + t.Elem.String() + ">" }

// ChanDir is the direction of a Go channel type.
type ChanDir uint8

const (
	ChanBoth ChanDir = iota // chan T
	ChanRecv                // <-chan T
	ChanSend                // chan<- T
)

// GoChan is Go's chan T, <-chan T or chan<- T: GoChan<T>.
type GoChan struct {
	Elem Type
	Dir  ChanDir
}

func (t *GoChan) String() string {
	s := "GoChan<" + t.Elem.String() + ">"
	switch t.Dir {
	case ChanRecv:
		s += " (receive-only)"
	case ChanSend:
		s += " (send-only)"
	}
	return s
}

// GoError is Go's error, the type of GoErrorType.
type GoError struct{}

func (*GoError) String() string { return "GoError" }

// GoAny is Go's any, the type of AnyType.
type GoAny struct{}

func (*GoAny) String() string { return "any" }

var (
	// GoErrorType is Go's error: GoError. A nil GoError is no error.
	GoErrorType Type = &GoError{}
	// AnyType is Go's any, which every Vex value converts to.
	AnyType Type = &GoAny{}
)

// goMapper maps go/types types to Vex types for one checker, keeping the
// mappings of types without type parameters.
type goMapper struct {
	cache typeutil.Map
}

// typeRefusal is why a Go type has no Vex type.
type typeRefusal string

// goType maps the Go type t to Vex. subst maps the type parameters of the
// generic function or type that t belongs to; why is non-empty when t has
// no Vex type.
func (c *checker) goType(t gotypes.Type, subst map[*gotypes.TypeParam]Type) (Type, typeRefusal) {
	if subst == nil {
		if v := c.goTypes.cache.At(t); v != nil {
			r := v.(goMapping)
			return r.t, r.why
		}
	}
	vt, why := c.goTypeUncached(t, subst)
	if vt == nil {
		vt = InvalidType
	}
	if subst == nil {
		c.goTypes.cache.Set(t, goMapping{vt, why})
	}
	return vt, why
}

type goMapping struct {
	t   Type
	why typeRefusal
}

func (c *checker) goTypeUncached(t gotypes.Type, subst map[*gotypes.TypeParam]Type) (Type, typeRefusal) {
	switch t := t.(type) {
	case *gotypes.Basic:
		return goBasic(t)
	case *gotypes.Alias:
		if t.Obj().Pkg() == nil && t.Obj().Name() == "any" {
			return AnyType, ""
		}
		return c.goType(gotypes.Unalias(t), subst)
	case *gotypes.Named:
		obj := t.Obj()
		if obj.Pkg() == nil {
			switch obj.Name() {
			case "error":
				return GoErrorType, ""
			case "comparable":
				return nil, "the constraint comparable is not a type"
			}
		}
		if t.TypeArgs().Len() == 0 {
			return &GoNamed{Obj: obj}, ""
		}
		args := make([]Type, t.TypeArgs().Len())
		for i := range args {
			a, why := c.goType(t.TypeArgs().At(i), subst)
			if why != "" {
				return nil, why
			}
			args[i] = a
		}
		return &GoNamed{Obj: t.Origin().Obj(), Args: args}, ""
	case *gotypes.Pointer:
		elem, why := c.goType(t.Elem(), subst)
		return &Ref{Elem: elem, Mut: true, Go: true}, why
	case *gotypes.Slice:
		elem, why := c.goType(t.Elem(), subst)
		return &Slice{Elem: elem}, why
	case *gotypes.Array:
		elem, why := c.goType(t.Elem(), subst)
		return &Array{Elem: elem, Len: t.Len()}, why
	case *gotypes.Map:
		k, why := c.goType(t.Key(), subst)
		if why != "" {
			return nil, why
		}
		v, why := c.goType(t.Elem(), subst)
		return &GoMap{Key: k, Elem: v}, why
	case *gotypes.Chan:
		elem, why := c.goType(t.Elem(), subst)
		dir := ChanBoth
		switch t.Dir() {
		case gotypes.RecvOnly:
			dir = ChanRecv
		case gotypes.SendOnly:
			dir = ChanSend
		}
		return &GoChan{Elem: elem, Dir: dir}, why
	case *gotypes.Signature:
		if t.Variadic() {
			return nil, typeRefusal("a variadic func type (" + t.String() + ") is not supported as a value")
		}
		if t.TypeParams().Len() > 0 {
			return nil, "a generic function is not a value; call it"
		}
		params, why := c.goTuple(t.Params(), subst)
		if why != "" {
			return nil, why
		}
		result, why := c.goResults(t.Results(), subst)
		return &Func{Params: params, Result: result}, why
	case *gotypes.Interface:
		if t.Empty() {
			return AnyType, ""
		}
		return nil, typeRefusal("an unnamed interface type (" + t.String() + ") is not supported")
	case *gotypes.Struct:
		if t.NumFields() == 0 {
			return UnitType, "" // struct{}, as in chan struct{} and map[K]struct{}
		}
		return nil, typeRefusal("an unnamed struct type (" + t.String() + ") is not supported")
	case *gotypes.TypeParam:
		if vt, ok := subst[t]; ok {
			return vt, ""
		}
		return nil, typeRefusal("the type parameter " + t.Obj().Name() + " has no type argument")
	}
	return nil, typeRefusal(t.String() + " is not supported")
}

// goBasic maps a Go basic type.
func goBasic(t *gotypes.Basic) (Type, typeRefusal) {
	switch t.Kind() {
	case gotypes.Bool, gotypes.UntypedBool:
		return Typ[Bool], ""
	case gotypes.String, gotypes.UntypedString:
		return Typ[String], ""
	case gotypes.Int, gotypes.UntypedInt:
		return Typ[Isize], ""
	case gotypes.Int8:
		return Typ[I8], ""
	case gotypes.Int16:
		return Typ[I16], ""
	case gotypes.Int32, gotypes.UntypedRune:
		return Typ[I32], ""
	case gotypes.Int64:
		return Typ[I64], ""
	case gotypes.Uint, gotypes.Uintptr:
		return Typ[Usize], ""
	case gotypes.Uint8:
		return Typ[U8], ""
	case gotypes.Uint16:
		return Typ[U16], ""
	case gotypes.Uint32:
		return Typ[U32], ""
	case gotypes.Uint64:
		return Typ[U64], ""
	case gotypes.Float32:
		return Typ[F32], ""
	case gotypes.Float64, gotypes.UntypedFloat:
		return Typ[F64], ""
	case gotypes.Complex64, gotypes.Complex128, gotypes.UntypedComplex:
		return nil, typeRefusal(t.Name() + " is not supported: Vex has no complex numbers")
	case gotypes.UnsafePointer:
		return nil, "unsafe.Pointer is not supported"
	case gotypes.UntypedNil:
		return nil, "untyped nil has no type"
	}
	return nil, typeRefusal(t.String() + " is not supported")
}

// goTuple maps the types of parameters.
func (c *checker) goTuple(tup *gotypes.Tuple, subst map[*gotypes.TypeParam]Type) ([]Type, typeRefusal) {
	out := make([]Type, tup.Len())
	for i := range out {
		t, why := c.goType(tup.At(i).Type(), subst)
		if why != "" {
			return nil, why
		}
		out[i] = t
	}
	return out, ""
}

// GoResults is the shape of the results of a Go function, which decides
// its Vex result (interop.md section 4).
type GoResults uint8

const (
	GoNoResult   GoResults = iota // none: ()
	GoOne                         // T: T
	GoErrorOnly                   // error: Result<(), GoError>
	GoValueError                  // (T, error): Result<T, GoError>
	GoTupleError                  // (A, B, ..., error): Result<(A, B, ...), GoError>
	GoValueOK                     // (T, bool): Option<T>
	GoTuple                       // (A, B, ...) otherwise: a tuple
)

// ResultsOf returns the shape of the results of a Go signature.
func ResultsOf(sig *gotypes.Signature) GoResults { return resultShape(sig.Results()) }

func resultShape(res *gotypes.Tuple) GoResults {
	n := res.Len()
	switch {
	case n == 0:
		return GoNoResult
	case isGoError(res.At(n - 1).Type()):
		switch n {
		case 1:
			return GoErrorOnly
		case 2:
			return GoValueError
		}
		return GoTupleError
	case n == 1:
		return GoOne
	case n == 2 && isGoBool(res.At(1).Type()):
		return GoValueOK
	}
	return GoTuple
}

func isGoError(t gotypes.Type) bool {
	return gotypes.Identical(t, gotypes.Universe.Lookup("error").Type())
}

func isGoBool(t gotypes.Type) bool {
	b, ok := t.(*gotypes.Basic)
	return ok && b.Kind() == gotypes.Bool
}

// goResults maps the results of a Go function to one Vex type.
func (c *checker) goResults(res *gotypes.Tuple, subst map[*gotypes.TypeParam]Type) (Type, typeRefusal) {
	ts, why := c.goTuple(res, subst)
	if why != "" {
		return nil, why
	}
	for i, t := range ts {
		if s, ok := t.(*Slice); ok {
			ts[i] = &Vec{Elem: s.Elem} // a slice a Go function returns is the caller's: a Vec
		}
	}
	tuple := func(ts []Type) Type {
		if len(ts) == 1 {
			return ts[0]
		}
		return &Tuple{Elems: ts}
	}
	switch shape := resultShape(res); {
	case shape == GoTupleError && len(ts) > 4, shape == GoTuple && len(ts) > 6:
		return nil, typeRefusal(strconv.Itoa(len(ts)) + " results are more than Vex takes: a tuple has at most 6 elements, and a Result of one with an error 3")
	}
	switch resultShape(res) {
	case GoNoResult:
		return UnitType, ""
	case GoOne:
		return ts[0], ""
	case GoErrorOnly:
		return &Result{Ok: UnitType, Err: GoErrorType}, ""
	case GoValueError, GoTupleError:
		return &Result{Ok: tuple(ts[:len(ts)-1]), Err: GoErrorType}, ""
	case GoValueOK:
		return &Option{Elem: ts[0]}, ""
	}
	return tuple(ts), ""
}

// MethodResults returns the results that the Go method of a Vex method
// has, from its name and its declared result: section 4 the other way
// round. A method whose name starts with an upper-case letter keeps it in
// Go so that Vex types implement Go interfaces, and so its Result<T,
// GoError> is Go's (T, error) (error alone for Result<(), GoError>, (A, B,
// error) for a Result of a tuple of two or three), and its Option<T> is
// (T, bool): a Vex type implements io.Writer with Write(p: [u8]):
// Result<isize, GoError> and json.Marshaler with MarshalJSON(): Result<[u8],
// GoError>. Vex code calls such a method as it calls a Go method, and sees
// the Result or Option. GoOne means the Go result is the Vex result as it
// is, which is so for every other method.
func MethodResults(name string, result Type) GoResults {
	if r, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(r) {
		return GoOne
	}
	switch t := Resolve(result).(type) {
	case *Result:
		if _, ok := Resolve(t.Err).(*GoError); !ok {
			return GoOne
		}
		switch ok := Resolve(t.Ok).(type) {
		case *Basic:
			if ok == UnitType {
				return GoErrorOnly
			}
		case *Tuple:
			if len(ok.Elems) <= 3 {
				return GoTupleError
			}
		}
		return GoValueError
	case *Option:
		return GoValueOK
	}
	return GoOne
}

// GoResults returns the results of the Go method of m (MethodResults): GoOne
// for a function, an extension method (a Go function too), an async
// method, or a method whose Go result is its Vex result.
func (f *FuncObj) GoResults() GoResults {
	if f.Recv == RecvNone || f.Extends != nil || f.Async {
		return GoOne
	}
	return MethodResults(f.Name(), f.Sig.Result)
}

// GoResults returns the results of the Go method of the contract method m
// (MethodResults).
func (m *MethodSig) GoResults() GoResults { return MethodResults(m.Name, m.Sig.Result) }

// MethodGoResults returns the results of the Go method of method name of
// t, a user type, a contract or a type parameter bound by contracts, or a
// reference to one, as the method is declared: GoOne if t has no such
// method.
func MethodGoResults(t Type, name string) GoResults {
	shape, _ := declaredMethod(t, name)
	return shape
}

// declaredMethod returns the Go results and the declared result of
// method name of t (MethodGoResults), or GoOne and nil.
func declaredMethod(t Type, name string) (GoResults, Type) {
	switch t := Under(t).(type) {
	case *Named:
		if t.Kind == ContractKind {
			if _, m := contractSig(t, name, t); m != nil {
				return m.GoResults(), m.Sig.Result
			}
			return GoOne, nil
		}
		if m := t.Generic().Methods[name]; m != nil {
			return m.GoResults(), m.Sig.Result
		}
	case *TypeParam:
		for _, b := range t.Bounds {
			if k, ok := b.(*Named); ok {
				if _, m := contractSig(k, name, t); m != nil {
					return m.GoResults(), m.Sig.Result
				}
			}
		}
	}
	return GoOne, nil
}

// goSubst returns the substitution of the type parameters of the generic
// Go type of t by t's type arguments, or nil.
func goSubst(t *GoNamed) map[*gotypes.TypeParam]Type {
	if len(t.Args) == 0 {
		return nil
	}
	tps := t.Named().TypeParams()
	m := make(map[*gotypes.TypeParam]Type, tps.Len())
	for i := range tps.Len() {
		if i < len(t.Args) {
			m[tps.At(i)] = t.Args[i]
		}
	}
	return m
}

// IsGoType reports whether t is one of the types of Go that Vex has no
// type of its own for: GoNamed, GoMap, GoChan, GoError and any.
func IsGoType(t Type) bool {
	switch Resolve(t).(type) {
	case *GoNamed, *GoMap, *GoChan, *GoError, *GoAny:
		return true
	}
	return false
}

// goUnder returns the Vex type of the underlying type of a Go named type
// that is not a struct or interface, such as the int64 of time.Duration
// or the map of url.Values, or nil.
func (c *checker) goUnder(t Type) Type {
	n, ok := Resolve(t).(*GoNamed)
	if !ok {
		return nil
	}
	switch n.Underlying().(type) {
	case *gotypes.Struct, *gotypes.Interface:
		return nil
	}
	u, why := c.goType(n.Underlying(), goSubst(n))
	if why != "" {
		return nil
	}
	return u
}

// goBasicUnder returns the basic type under a Go named type such as
// time.Duration (int64), or nil.
func goBasicUnder(t Type) *Basic {
	n, ok := Resolve(t).(*GoNamed)
	if !ok {
		return nil
	}
	b, ok := n.Underlying().(*gotypes.Basic)
	if !ok {
		return nil
	}
	vt, why := goBasic(b)
	if why != "" {
		return nil
	}
	return vt.(*Basic)
}
