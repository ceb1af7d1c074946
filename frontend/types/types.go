package types

import (
	"strconv"
	"strings"
)

// Type is a Vex type. Its String method gives the Vex spelling used in
// diagnostics.
type Type interface {
	String() string
}

// BasicKind enumerates the predeclared scalar types.
type BasicKind uint8

const (
	Invalid BasicKind = iota
	I8
	I16
	I32
	I64
	Isize
	U8
	U16
	U32
	U64
	Usize
	F32
	F64
	Bool
	Char
	String
	Unit
)

var basicNames = [...]string{
	Invalid: "invalid", I8: "i8", I16: "i16", I32: "i32", I64: "i64", Isize: "isize",
	U8: "u8", U16: "u16", U32: "u32", U64: "u64", Usize: "usize",
	F32: "f32", F64: "f64", Bool: "bool", Char: "char", String: "string", Unit: "()",
}

// Basic is a predeclared scalar type, or unit.
type Basic struct{ Kind BasicKind }

func (b *Basic) String() string { return basicNames[b.Kind] }

// IsInteger reports whether b is an integer type.
func (b *Basic) IsInteger() bool { return b.Kind >= I8 && b.Kind <= Usize }

// IsUnsigned reports whether b is an unsigned integer type.
func (b *Basic) IsUnsigned() bool { return b.Kind >= U8 && b.Kind <= Usize }

// IsFloat reports whether b is a float type.
func (b *Basic) IsFloat() bool { return b.Kind == F32 || b.Kind == F64 }

// IsNumeric reports whether b is an integer or float type.
func (b *Basic) IsNumeric() bool { return b.IsInteger() || b.IsFloat() }

// Bits returns the width of an integer or float type (isize/usize: 64).
func (b *Basic) Bits() int {
	switch b.Kind {
	case I8, U8:
		return 8
	case I16, U16:
		return 16
	case I32, U32, F32:
		return 32
	}
	return 64
}

// The predeclared types, shared: compare basic types with ==.
var (
	Typ = func() [Unit + 1]*Basic {
		var t [Unit + 1]*Basic
		for k := range t {
			t[k] = &Basic{Kind: BasicKind(k)}
		}
		return t
	}()
	InvalidType = Typ[Invalid]
	UnitType    = Typ[Unit]

	// NeverType is the type never: the type of expressions that never
	// produce a value, such as panic(..), a loop without break or a call of
	// a function returning never. It unifies with every type.
	NeverType Type = &Never{}

	// DurationType is the prelude Duration: a span of time, as made by
	// 500.millis() or 2.seconds().
	DurationType Type = &Duration{}
)

// Duration is the type of DurationType.
type Duration struct{}

func (*Duration) String() string { return "Duration" }

// Never is the type of NeverType.
type Never struct{}

func (*Never) String() string { return "never" }

// basicByName maps type names (including the alias str) to basic types.
var basicByName = map[string]*Basic{
	"i8": Typ[I8], "i16": Typ[I16], "i32": Typ[I32], "i64": Typ[I64], "isize": Typ[Isize],
	"u8": Typ[U8], "u16": Typ[U16], "u32": Typ[U32], "u64": Typ[U64], "usize": Typ[Usize],
	"f32": Typ[F32], "f64": Typ[F64], "bool": Typ[Bool], "char": Typ[Char],
	"string": Typ[String], "str": Typ[String],
}

// Tuple is (A, B, ...). The empty tuple is written as UnitType instead.
type Tuple struct{ Elems []Type }

func (t *Tuple) String() string { return "(" + join(t.Elems) + ")" }

// Array is [Elem; Len].
type Array struct {
	Elem Type
	Len  int64
}

func (t *Array) String() string {
	return "[" + t.Elem.String() + "; " + strconv.FormatInt(t.Len, 10) + "]"
}

// Slice is [Elem].
type Slice struct{ Elem Type }

func (t *Slice) String() string { return "[" + t.Elem.String() + "]" }

// Func is fn(Params): Result. An async fn has Result Future<T>.
type Func struct {
	Params []Type
	Result Type
}

func (t *Func) String() string {
	s := "fn(" + join(t.Params) + ")"
	if t.Result != UnitType {
		s += ": " + t.Result.String()
	}
	return s
}

// Ref is &Elem or &Elem!.
type Ref struct {
	Elem Type
	Mut  bool

	// Go marks the type of a Go pointer (*T), which may be nil whatever
	// T is. It does not take part in identity: a Go *Config and a Vex
	// &Config! are the same type, but only the first compares with nil.
	Go bool
}

func (t *Ref) String() string {
	if t.Mut {
		return "&" + t.Elem.String() + "!"
	}
	return "&" + t.Elem.String()
}

// Generic prelude types, each with its type arguments.
type (
	Option  struct{ Elem Type }
	Result  struct{ Ok, Err Type }
	Vec     struct{ Elem Type }
	Map     struct{ Key, Elem Type }
	Set     struct{ Elem Type }
	Channel struct{ Elem Type }
	Future  struct{ Elem Type }
)

func (t *Option) String() string  { return "Option<" + t.Elem.String() + ">" }
func (t *Result) String() string  { return "Result<" + t.Ok.String() + ", " + t.Err.String() + ">" }
func (t *Vec) String() string     { return "Vec<" + t.Elem.String() + ">" }
func (t *Map) String() string     { return "Map<" + t.Key.String() + ", " + t.Elem.String() + ">" }
func (t *Set) String() string     { return "Set<" + t.Elem.String() + ">" }
func (t *Channel) String() string { return "Channel<" + t.Elem.String() + ">" }
func (t *Future) String() string  { return "Future<" + t.Elem.String() + ">" }

// LitKind tells which literals an inference variable stands for.
type LitKind uint8

const (
	AnyKind  LitKind = iota // any type, as for the element of None or Channel(cap)
	IntLit                  // an unsuffixed integer literal: any integer or float type
	FloatLit                // an unsuffixed float literal: any float type
	IntKind                 // the result of len() or cap(): any integer type
	ArrayLit                // an array literal [a, b]: a fixed array [Elem; Len], or a Vec if its uses need one
)

// Var is a type inference variable, for an unsuffixed numeric literal, a
// length, an array literal, or a type argument left to inference. It is
// bound by unification; when nothing binds it, a number's variable
// defaults to i64 or f64, and an array literal's to [Elem; Len].
type Var struct {
	Kind  LitKind
	Elem  Type  // the element type of an ArrayLit
	Len   int64 // the number of elements of an ArrayLit
	bound Type  // nil while free; may be another *Var
}

func (v *Var) String() string {
	if t := Resolve(v); t != Type(v) {
		return t.String()
	}
	switch v.Kind {
	case FloatLit:
		return "{float}"
	case IntLit, IntKind:
		return "{integer}"
	case ArrayLit:
		return "[" + v.Elem.String() + "; " + strconv.FormatInt(v.Len, 10) + "]"
	}
	return "_"
}

// compatible reports whether variables of kinds a and b can be unified.
func compatible(a, b LitKind) bool {
	switch {
	case a == AnyKind || b == AnyKind || a == b:
		return true
	case a == ArrayLit || b == ArrayLit:
		return false
	case a == IntLit || b == IntLit:
		return true // IntLit with FloatLit or IntKind
	}
	return false // FloatLit with IntKind
}

// Resolve follows inference variable bindings.
func Resolve(t Type) Type {
	for {
		v, ok := t.(*Var)
		if !ok || v.bound == nil {
			return t
		}
		t = v.bound
	}
}

// Final returns t with every inference variable replaced by its binding,
// or by its default (i64, f64) when it is free. A type that holds no
// variable is returned as it is.
func Final(t Type) Type { return finalizer(nil).final(t) }

// A finalizer finalizes the types of one body, remembering the final type
// of each bound variable it meets: the types of nested closures hold one
// another through variables, and finalizing each anew would take time
// and memory quadratic in their depth.
type finalizer map[*Var]Type

func (f finalizer) final(t Type) Type {
	switch t := t.(type) {
	case *Var:
		if t.bound != nil {
			if ft, ok := f[t]; ok {
				return ft
			}
			ft := f.final(t.bound)
			if f != nil {
				f[t] = ft
			}
			return ft
		}
		switch t.Kind {
		case FloatLit:
			return Typ[F64]
		case IntLit, IntKind:
			return Typ[I64]
		case ArrayLit:
			return &Array{Elem: f.final(t.Elem), Len: t.Len}
		}
		return InvalidType
	case *Tuple:
		if elems, changed := f.finalList(t.Elems); changed {
			return &Tuple{Elems: elems}
		}
	case *Array:
		if elem := f.final(t.Elem); elem != t.Elem {
			return &Array{Elem: elem, Len: t.Len}
		}
	case *Slice:
		if elem := f.final(t.Elem); elem != t.Elem {
			return &Slice{Elem: elem}
		}
	case *Func:
		params, changed := f.finalList(t.Params)
		if result := f.final(t.Result); changed || result != t.Result {
			return &Func{Params: params, Result: result}
		}
	case *Ref:
		if elem := f.final(t.Elem); elem != t.Elem {
			return &Ref{Elem: elem, Mut: t.Mut}
		}
	case *Option:
		if elem := f.final(t.Elem); elem != t.Elem {
			return &Option{Elem: elem}
		}
	case *Result:
		if ok, err := f.final(t.Ok), f.final(t.Err); ok != t.Ok || err != t.Err {
			return &Result{Ok: ok, Err: err}
		}
	case *Vec:
		if elem := f.final(t.Elem); elem != t.Elem {
			return &Vec{Elem: elem}
		}
	case *Map:
		if key, elem := f.final(t.Key), f.final(t.Elem); key != t.Key || elem != t.Elem {
			return &Map{Key: key, Elem: elem}
		}
	case *Set:
		if elem := f.final(t.Elem); elem != t.Elem {
			return &Set{Elem: elem}
		}
	case *Channel:
		if elem := f.final(t.Elem); elem != t.Elem {
			return &Channel{Elem: elem}
		}
	case *Future:
		if elem := f.final(t.Elem); elem != t.Elem {
			return &Future{Elem: elem}
		}
	case *StdType:
		if t.Elem != nil {
			if elem := f.final(t.Elem); elem != t.Elem {
				return t.with(elem)
			}
		}
	case *Named:
		if t.Orig != nil {
			if args, changed := f.finalList(t.Args); changed {
				return t.Orig.instantiate(args)
			}
		}
	case *GoNamed:
		if args, changed := f.finalList(t.Args); changed {
			return &GoNamed{Obj: t.Obj, Args: args}
		}
	case *GoMap:
		if key, elem := f.final(t.Key), f.final(t.Elem); key != t.Key || elem != t.Elem {
			return &GoMap{Key: key, Elem: elem}
		}
	case *GoChan:
		if elem := f.final(t.Elem); elem != t.Elem {
			return &GoChan{Elem: elem, Dir: t.Dir}
		}
	}
	return t
}

// finalList returns the final types of ts, and whether one differs from
// its type in ts; if none does, it returns ts itself.
func (f finalizer) finalList(ts []Type) ([]Type, bool) {
	for i, t := range ts {
		if ft := f.final(t); ft != t {
			out := make([]Type, len(ts))
			copy(out, ts[:i])
			out[i] = ft
			for j := i + 1; j < len(ts); j++ {
				out[j] = f.final(ts[j])
			}
			return out, true
		}
	}
	return ts, false
}

func join(ts []Type) string {
	s := make([]string, len(ts))
	for i, t := range ts {
		s[i] = t.String()
	}
	return strings.Join(s, ", ")
}

// Under returns the type with references removed: reading through a
// reference needs no explicit dereference in Vex.
func Under(t Type) Type {
	t = Resolve(t)
	for {
		r, ok := t.(*Ref)
		if !ok {
			return t
		}
		t = Resolve(r.Elem)
	}
}

// IsInteger reports whether t is (or may become) an integer type.
func IsInteger(t Type) bool {
	switch t := Resolve(t).(type) {
	case *Basic:
		return t.IsInteger()
	case *Var:
		return t.Kind == IntLit || t.Kind == IntKind
	}
	return false
}

// IsNumeric reports whether t is (or will be) a numeric type.
func IsNumeric(t Type) bool {
	switch t := Resolve(t).(type) {
	case *Basic:
		return t.IsNumeric()
	case *Var:
		return t.Kind != ArrayLit
	}
	return false
}

// IsFloat reports whether t is (or must become) a float type.
func IsFloat(t Type) bool {
	switch t := Resolve(t).(type) {
	case *Basic:
		return t.IsFloat()
	case *Var:
		return t.Kind == FloatLit
	}
	return false
}

// Identical reports whether a and b are the same type after resolution.
// Free inference variables are identical only to themselves.
func Identical(a, b Type) bool {
	a, b = Resolve(a), Resolve(b)
	if a == b {
		return true
	}
	switch a := a.(type) {
	case *Tuple:
		b, ok := b.(*Tuple)
		return ok && identicalList(a.Elems, b.Elems)
	case *Array:
		b, ok := b.(*Array)
		return ok && a.Len == b.Len && Identical(a.Elem, b.Elem)
	case *Slice:
		b, ok := b.(*Slice)
		return ok && Identical(a.Elem, b.Elem)
	case *Func:
		b, ok := b.(*Func)
		return ok && identicalList(a.Params, b.Params) && Identical(a.Result, b.Result)
	case *Ref:
		b, ok := b.(*Ref)
		return ok && a.Mut == b.Mut && Identical(a.Elem, b.Elem)
	case *Option:
		b, ok := b.(*Option)
		return ok && Identical(a.Elem, b.Elem)
	case *Result:
		b, ok := b.(*Result)
		return ok && Identical(a.Ok, b.Ok) && Identical(a.Err, b.Err)
	case *Vec:
		b, ok := b.(*Vec)
		return ok && Identical(a.Elem, b.Elem)
	case *Map:
		b, ok := b.(*Map)
		return ok && Identical(a.Key, b.Key) && Identical(a.Elem, b.Elem)
	case *Set:
		b, ok := b.(*Set)
		return ok && Identical(a.Elem, b.Elem)
	case *Channel:
		b, ok := b.(*Channel)
		return ok && Identical(a.Elem, b.Elem)
	case *Future:
		b, ok := b.(*Future)
		return ok && Identical(a.Elem, b.Elem)
	case *StdType:
		b, ok := b.(*StdType)
		return ok && a.Kind == b.Kind && (a.Elem == nil) == (b.Elem == nil) && (a.Elem == nil || Identical(a.Elem, b.Elem))
	case *Named:
		b, ok := b.(*Named)
		return ok && a.Generic() == b.Generic() && identicalList(a.Args, b.Args)
	case *GoNamed:
		b, ok := b.(*GoNamed)
		return ok && a.Obj == b.Obj && identicalList(a.Args, b.Args)
	case *GoMap:
		b, ok := b.(*GoMap)
		return ok && Identical(a.Key, b.Key) && Identical(a.Elem, b.Elem)
	case *GoChan:
		b, ok := b.(*GoChan)
		return ok && a.Dir == b.Dir && Identical(a.Elem, b.Elem)
	}
	return false
}

func identicalList(a, b []Type) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !Identical(a[i], b[i]) {
			return false
		}
	}
	return true
}
