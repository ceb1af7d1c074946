package vexrt

import (
	"cmp"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// Int formats an integer in decimal, as in -7.
//
// Int formats into a buffer of its own rather than calling
// strconv.FormatInt: it inlines, and where its string is only a piece of
// a concatenation, as in an f-string, Go keeps that string on the stack,
// so that the concatenation is the only allocation.
func Int[T ~int | ~int8 | ~int16 | ~int32 | ~int64](v T) string {
	var buf [20]byte
	return string(strconv.AppendInt(buf[:0], int64(v), 10))
}

// Uint formats an unsigned integer in decimal, as Int does.
func Uint[T ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr](v T) string {
	var buf [20]byte
	return string(strconv.AppendUint(buf[:0], uint64(v), 10))
}

// Float formats a float the way Vex displays it: as Go's %.6f does,
// then with trailing zeros removed down to one digit after the point.
// So 10.0/3 is 3.333333, 16 is 16.0, 0.1+0.2 is 0.3, 1e-7 is 0.0 and 1e20 is
// 100000000000000000000.0. Negative zero is -0.0, and the non-finite values
// are NaN, inf and -inf.
//
// An f32 is formatted from its own exact value, with the same result as
// strconv.FormatFloat(x, 'f', 6, 32).
func Float[T ~float32 | ~float64](v T) string {
	var buf [32]byte
	return string(appendFloat(buf[:0], float64(v)))
}

// appendFloat appends the display form of f to b, as Float returns it.
func appendFloat(b []byte, f float64) []byte {
	switch {
	case math.IsNaN(f):
		return append(b, "NaN"...)
	case math.IsInf(f, 1):
		return append(b, "inf"...)
	case math.IsInf(f, -1):
		return append(b, "-inf"...)
	}
	b = strconv.AppendFloat(b, f, 'f', 6, 64)
	n := len(b)
	for b[n-1] == '0' && b[n-2] != '.' {
		n--
	}
	return b[:n]
}

// Ints formats a Vec, slice or array of integers as Vex displays it,
// [1, -2, 3], without the reflection of Display: generated code passes an
// array as a slice of it. Like Int, it inlines, so that a short result
// that is a piece of a concatenation stays on the stack.
func Ints[T ~int | ~int8 | ~int16 | ~int32 | ~int64](v []T) string {
	var buf [32]byte
	return string(appendInts(buf[:0], v))
}

func appendInts[T ~int | ~int8 | ~int16 | ~int32 | ~int64](b []byte, v []T) []byte {
	b = append(b, '[')
	for i, x := range v {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = strconv.AppendInt(b, int64(x), 10)
	}
	return append(b, ']')
}

// Uints formats a Vec, slice or array of unsigned integers as Ints does.
func Uints[T ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr](v []T) string {
	var buf [32]byte
	return string(appendUints(buf[:0], v))
}

func appendUints[T ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr](b []byte, v []T) []byte {
	b = append(b, '[')
	for i, x := range v {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = strconv.AppendUint(b, uint64(x), 10)
	}
	return append(b, ']')
}

// Floats formats a Vec, slice or array of floats as Ints does, each
// element as Float formats it.
func Floats[T ~float32 | ~float64](v []T) string {
	var buf [32]byte
	return string(appendFloats(buf[:0], v))
}

func appendFloats[T ~float32 | ~float64](b []byte, v []T) []byte {
	b = append(b, '[')
	for i, x := range v {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = appendFloat(b, float64(x))
	}
	return append(b, ']')
}

// Bool formats a bool as true or false.
func Bool(v bool) string { return strconv.FormatBool(v) }

// Char formats a char as the character itself.
func Char(r rune) string { return string(r) }

// Quote formats a string as Vex displays it inside a container:
// in double quotes, with escapes as in strconv.Quote.
func Quote(s string) string { return strconv.Quote(s) }

// QuoteChar formats a char as Vex displays it inside a container:
// in single quotes, with escapes as in strconv.QuoteRune.
func QuoteChar(r rune) string { return strconv.QuoteRune(r) }

// Display formats v as Vex's println and f-strings show a value at the top
// level (section 6 of the Vex specification), with strings unquoted.
// Generated code calls it for values whose type has no typed fast path
// (Int, Float, ...).
//
// Display handles every Go type:
//
//   - integers, floats, bools and strings as Int, Uint, Float, Bool and the
//     string itself show them, also for named types of those kinds;
//     a rune is an int32 to Go and so prints as a number: use Char and
//     QuoteChar for chars;
//   - a value of a type with an Error or String method as that method's
//     result (Error first), which covers Unit, Option, Result, the
//     tuples, Channel, Future and generated types;
//   - slices and arrays as [1, 2, 3], with the elements formatted by Nested;
//   - maps as {"a": 1, "b": 2}, in key order;
//   - structs as Point { x: 1.0, y: 2.0 }, with the Go field names and
//     without the package and type arguments; a struct whose fields are
//     V0, V1, ... as a tuple struct Id(7), and one without fields as its name;
//   - pointers and interfaces as the value they point to, or nil;
//   - funcs as fn;
//   - complex numbers as strconv.FormatComplex does, and Go channels as
//     their type.
//
// A value reached through an unexported struct field is formatted by its
// kind even if its type has a String method, since reflection may not call
// methods on it. Display does not detect cycles of pointers.
func Display(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case int64:
		return strconv.FormatInt(x, 10)
	case error:
		return x.Error()
	case stringer:
		return x.String()
	}
	return string(appendAny(nil, v, false))
}

// Nested formats v as Vex shows it inside a container, a struct field or
// an Option or Result: as Display does, but with strings quoted as Quote
// does, and so the message of an error: Err("open x: no such file").
func Nested(v any) string {
	switch x := v.(type) {
	case string:
		return strconv.Quote(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case error:
		return strconv.Quote(x.Error())
	case stringer:
		return x.String()
	}
	return string(appendAny(nil, v, true))
}

type stringer interface {
	String() string
}

var (
	errorType    = reflect.TypeFor[error]()
	stringerType = reflect.TypeFor[stringer]()
)

// appendAny appends the display form of v to b; nested selects the form
// inside a container.
func appendAny(b []byte, v any, nested bool) []byte {
	switch x := v.(type) {
	case nil:
		return append(b, "nil"...)
	case string:
		if nested {
			return strconv.AppendQuote(b, x)
		}
		return append(b, x...)
	case bool:
		return strconv.AppendBool(b, x)
	case int:
		return strconv.AppendInt(b, int64(x), 10)
	case int8:
		return strconv.AppendInt(b, int64(x), 10)
	case int16:
		return strconv.AppendInt(b, int64(x), 10)
	case int32:
		return strconv.AppendInt(b, int64(x), 10)
	case int64:
		return strconv.AppendInt(b, x, 10)
	case uint:
		return strconv.AppendUint(b, uint64(x), 10)
	case uint8:
		return strconv.AppendUint(b, uint64(x), 10)
	case uint16:
		return strconv.AppendUint(b, uint64(x), 10)
	case uint32:
		return strconv.AppendUint(b, uint64(x), 10)
	case uint64:
		return strconv.AppendUint(b, x, 10)
	case uintptr:
		return strconv.AppendUint(b, uint64(x), 10)
	case float32:
		return appendFloat(b, float64(x))
	case float64:
		return appendFloat(b, x)
	case error:
		if nested {
			return strconv.AppendQuote(b, x.Error())
		}
		return append(b, x.Error()...)
	case stringer:
		return append(b, x.String()...)
	// Vecs of the common element types skip reflection.
	case []int64:
		return appendSlice(b, x, func(b []byte, x int64) []byte { return strconv.AppendInt(b, x, 10) })
	case []int:
		return appendSlice(b, x, func(b []byte, x int) []byte { return strconv.AppendInt(b, int64(x), 10) })
	case []int32:
		return appendSlice(b, x, func(b []byte, x int32) []byte { return strconv.AppendInt(b, int64(x), 10) })
	case []float64:
		return appendSlice(b, x, appendFloat)
	case []bool:
		return appendSlice(b, x, strconv.AppendBool)
	case []string:
		return appendSlice(b, x, strconv.AppendQuote)
	}
	return appendValue(b, reflect.ValueOf(v), nested)
}

// appendSlice appends the display form of v, [a, b], to b, each element
// appended by elem.
func appendSlice[T any](b []byte, v []T, elem func([]byte, T) []byte) []byte {
	b = append(b, '[')
	for i, x := range v {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = elem(b, x)
	}
	return append(b, ']')
}

// appendValue is appendAny for a reflected value.
func appendValue(b []byte, v reflect.Value, nested bool) []byte {
	if !v.IsValid() {
		return append(b, "nil"...)
	}
	t := v.Type()
	if v.CanInterface() && (t.Implements(errorType) || t.Implements(stringerType)) {
		if t.Kind() == reflect.Pointer && v.IsNil() {
			return append(b, "nil"...)
		}
		return appendAny(b, v.Interface(), nested)
	}
	switch v.Kind() {
	case reflect.Bool:
		return strconv.AppendBool(b, v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.AppendInt(b, v.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.AppendUint(b, v.Uint(), 10)
	case reflect.Float32, reflect.Float64:
		return appendFloat(b, v.Float())
	case reflect.Complex64, reflect.Complex128:
		return append(b, strconv.FormatComplex(v.Complex(), 'g', -1, t.Bits())...)
	case reflect.String:
		if nested {
			return strconv.AppendQuote(b, v.String())
		}
		return append(b, v.String()...)
	case reflect.Slice, reflect.Array:
		b = append(b, '[')
		for i := range v.Len() {
			if i > 0 {
				b = append(b, ", "...)
			}
			b = appendValue(b, v.Index(i), true)
		}
		return append(b, ']')
	case reflect.Map:
		keys := v.MapKeys()
		slices.SortFunc(keys, compareKeys)
		b = append(b, '{')
		for i, k := range keys {
			if i > 0 {
				b = append(b, ", "...)
			}
			b = appendValue(b, k, true)
			b = append(b, ": "...)
			b = appendValue(b, v.MapIndex(k), true)
		}
		return append(b, '}')
	case reflect.Struct:
		return appendStruct(b, v)
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return append(b, "nil"...)
		}
		return appendValue(b, v.Elem(), nested)
	case reflect.Func:
		return append(b, "fn"...)
	}
	return append(b, vexType(t)...)
}

// appendStruct appends the display form of a struct: Name { a: 1, b: "x" },
// Name(1, "x") if the fields are V0, V1, ..., or Name if it has no fields.
func appendStruct(b []byte, v reflect.Value) []byte {
	t := v.Type()
	name, _, _ := strings.Cut(t.Name(), "[")
	b = append(b, name...)
	if t.NumField() == 0 {
		if name == "" {
			b = append(b, "{}"...)
		}
		return b
	}
	if isTupleStruct(t) {
		b = append(b, '(')
		for i := range v.NumField() {
			if i > 0 {
				b = append(b, ", "...)
			}
			b = appendValue(b, v.Field(i), true)
		}
		return append(b, ')')
	}
	if name != "" {
		b = append(b, ' ')
	}
	b = append(b, '{')
	sep := " "
	for i := range v.NumField() {
		f := t.Field(i)
		if f.Name == "_" {
			continue
		}
		b = append(b, sep...)
		b = append(b, f.Name...)
		b = append(b, ": "...)
		b = appendValue(b, v.Field(i), true)
		sep = ", "
	}
	return append(b, " }"...)
}

// isTupleStruct reports whether the fields of struct type t are V0, V1, ...
func isTupleStruct(t reflect.Type) bool {
	for i := range t.NumField() {
		if t.Field(i).Name != "V"+strconv.Itoa(i) {
			return false
		}
	}
	return true
}

// compareKeys orders map keys: numbers and strings by value,
// other keys by their display form.
func compareKeys(a, b reflect.Value) int {
	switch a.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return cmp.Compare(a.Int(), b.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return cmp.Compare(a.Uint(), b.Uint())
	case reflect.Float32, reflect.Float64:
		return cmp.Compare(a.Float(), b.Float())
	case reflect.String:
		return strings.Compare(a.String(), b.String())
	}
	return strings.Compare(string(appendValue(nil, a, true)), string(appendValue(nil, b, true)))
}

// vexTyped is implemented by the types of this package that have a Vex
// type name of their own: Unit, Option, Result, the tuples, Channel, Future.
type vexTyped interface {
	vexType() string
}

var vexTypedType = reflect.TypeFor[vexTyped]()

// typeName returns the Vex name of type T, as in i32, [string] or Option<f64>.
func typeName[T any]() string { return elemTypeName((*T)(nil)) }

// elemTypeName returns the Vex name of the type that p points to. It is
// not inlined: a package that refers to reflect.Type compiles some fifty
// functions for it, and every package that instantiates typeName would.
//
//go:noinline
func elemTypeName(p any) string { return vexType(reflect.TypeOf(p).Elem()) }

// vexType returns the Vex name of t. Go's int and uint are isize and usize;
// a rune is an i32. Named types are shown by their name without package and
// type arguments, and types that Vex cannot name as Go writes them.
func vexType(t reflect.Type) string {
	if t.Implements(vexTypedType) {
		return reflect.Zero(t).Interface().(vexTyped).vexType()
	}
	if t.Name() != "" && t.PkgPath() != "" {
		name, _, _ := strings.Cut(t.Name(), "[")
		return name
	}
	switch t.Kind() {
	case reflect.Bool:
		return "bool"
	case reflect.Int:
		return "isize"
	case reflect.Int8:
		return "i8"
	case reflect.Int16:
		return "i16"
	case reflect.Int32:
		return "i32"
	case reflect.Int64:
		return "i64"
	case reflect.Uint, reflect.Uintptr:
		return "usize"
	case reflect.Uint8:
		return "u8"
	case reflect.Uint16:
		return "u16"
	case reflect.Uint32:
		return "u32"
	case reflect.Uint64:
		return "u64"
	case reflect.Float32:
		return "f32"
	case reflect.Float64:
		return "f64"
	case reflect.String:
		return "string"
	case reflect.Slice:
		return "[" + vexType(t.Elem()) + "]"
	case reflect.Array:
		return "[" + vexType(t.Elem()) + "; " + strconv.Itoa(t.Len()) + "]"
	case reflect.Pointer:
		return "&" + vexType(t.Elem())
	case reflect.Func:
		s := "fn("
		for i := range t.NumIn() {
			if i > 0 {
				s += ", "
			}
			s += vexType(t.In(i))
		}
		s += ")"
		switch t.NumOut() {
		case 0:
		case 1:
			s += ": " + vexType(t.Out(0))
		default:
			s += ": ("
			for i := range t.NumOut() {
				if i > 0 {
					s += ", "
				}
				s += vexType(t.Out(i))
			}
			s += ")"
		}
		return s
	}
	return t.String()
}
