package vexrt

import "strconv"

// Unit is the Vex unit type (). Its only value is Unit{}.
type Unit struct{}

// String returns "()".
func (Unit) String() string { return "()" }

func (Unit) vexType() string { return "()" }

// An Option is either Some value of type T or None.
// The zero Option is None.
// Options are small values: building and inspecting one never allocates.
// Two Options of a comparable T are equal when both are None
// or both are Some with equal values.
type Option[T any] struct {
	value T
	ok    bool
}

// Some returns an Option holding v.
func Some[T any](v T) Option[T] { return Option[T]{v, true} }

// None returns the empty Option.
func None[T any]() Option[T] { return Option[T]{} }

// OptionOf returns Some(v) if ok is true and None otherwise.
// It turns the results of a Go function returning (T, bool) into an Option:
//
//	o := vexrt.OptionOf(f())
func OptionOf[T any](v T, ok bool) Option[T] {
	if !ok {
		return Option[T]{}
	}
	return Option[T]{v, true}
}

// Get returns the value of o and true if o is Some,
// or T's zero value and false if o is None.
func (o Option[T]) Get() (T, bool) { return o.value, o.ok }

// IsSome reports whether o holds a value.
func (o Option[T]) IsSome() bool { return o.ok }

// IsNone reports whether o is None.
func (o Option[T]) IsNone() bool { return !o.ok }

// Or returns the value of o if o is Some, and d otherwise.
func (o Option[T]) Or(d T) T {
	if o.ok {
		return o.value
	}
	return d
}

// OrElse returns the value of o if o is Some, and the result of f otherwise.
// It calls f only if o is None.
func (o Option[T]) OrElse(f func() T) T {
	if o.ok {
		return o.value
	}
	return f()
}

// Filter returns o if o is Some and p reports true for its value,
// and None otherwise.
func (o Option[T]) Filter(p func(T) bool) Option[T] {
	if o.ok && p(o.value) {
		return o
	}
	return Option[T]{}
}

// String formats o as Vex displays it: Some(42), Some("x") or None.
func (o Option[T]) String() string {
	if !o.ok {
		return "None"
	}
	var buf [32]byte
	return string(o.appendTo(buf[:0]))
}

// appendTo appends o as String shows it. The common payloads are
// appended directly: String, which inlines, then allocates only its
// result, and nothing when that is a piece of a concatenation that fits
// on the stack.
func (o Option[T]) appendTo(b []byte) []byte {
	if !o.ok {
		return append(b, "None"...)
	}
	b = append(b, "Some("...)
	switch v := any(o.value).(type) {
	case int64:
		b = strconv.AppendInt(b, v, 10)
	case float64:
		b = appendFloat(b, v)
	case string:
		b = strconv.AppendQuote(b, v)
	default:
		b = append(b, Nested(o.value)...)
	}
	return append(b, ')')
}

func (Option[T]) vexType() string { return "Option<" + typeName[T]() + ">" }

// MapOption returns Some(f(v)) if o is Some(v), and None otherwise.
func MapOption[T, U any](o Option[T], f func(T) U) Option[U] {
	if !o.ok {
		return Option[U]{}
	}
	return Option[U]{f(o.value), true}
}

// FlatMapOption returns f(v) if o is Some(v), and None otherwise.
func FlatMapOption[T, U any](o Option[T], f func(T) Option[U]) Option[U] {
	if !o.ok {
		return Option[U]{}
	}
	return f(o.value)
}
