package vexrt

import (
	"cmp"
	"reflect"
	"slices"
)

// More Vec operations that generated code calls: the literal [x; n], the
// sum <+ v, enumerate() used as a value, and == on Vecs.

// Number is the set of Go types of the Vex numbers.
type Number interface {
	Integer | ~float32 | ~float64
}

// isZeroPointee reports whether p points to the zero value of its type. It
// is not inlined, for the reason clonePointee is not.
//
//go:noinline
func isZeroPointee(p any) bool { return reflect.ValueOf(p).Elem().IsZero() }

// Repeat returns a Vec of n copies of x, for a Vex [x; n]. A negative n
// panics as Panic does, with the message "negative count -1 in [x; n]".
func Repeat[T any, N Integer](x T, n N) []T {
	if n < 0 {
		raise("negative count " + Display(n) + " in [x; n]")
	}
	v := make([]T, n)
	if n >= bigRepeat && isZeroPointee(&x) {
		return v // make zeroed it, without touching fresh pages
	}
	for i := range v {
		v[i] = x
	}
	return v
}

// bigRepeat is the count from which Repeat tests whether x is the zero
// value, which costs about as much as storing this many elements.
const bigRepeat = 64

// Sum returns the sum of the elements of v, for a Vex <+ v; 0 for an
// empty v. Integer sums wrap on overflow.
func Sum[T Number](v []T) T {
	var s T
	for _, x := range v {
		s += x
	}
	return s
}

// Enumerated returns the indexes and elements of v as a new Vec of tuples,
// for a Vex v.enumerate() used as a value rather than looped over.
func Enumerated[T any](v []T) []Tuple2[int64, T] {
	out := make([]Tuple2[int64, T], len(v))
	for i, x := range v {
		out[i] = Tuple2[int64, T]{int64(i), x}
	}
	return out
}

// VecEqual reports whether a and b have the same length and equal
// elements, for a Vex a == b on Vecs.
func VecEqual[T comparable](a, b []T) bool { return slices.Equal(a, b) }

// RepeatWith returns a Vec of n copies of x made by clone, for a Vex
// [x; n] whose elements hold Vecs, Maps or Sets, which must not share
// their contents. The first copy is x itself.
func RepeatWith[T any, N Integer](x T, n N, clone func(T) T) []T {
	if n < 0 {
		raise("negative count " + Display(n) + " in [x; n]")
	}
	v := make([]T, n)
	for i := range v {
		if i == 0 {
			v[i] = x
		} else {
			v[i] = clone(x)
		}
	}
	return v
}

// CloneVec returns a copy of v that shares no elements with it, for a Vex
// v.clone(); the elements themselves are copied as Go copies them.
func CloneVec[T any](v []T) []T {
	if v == nil {
		return []T{}
	}
	return slices.Clone(v)
}

// CloneMap returns a copy of m with the same keys in the same order, for a
// Vex m.clone(). The values are copied by value, or by the function value
// when it is not nil.
func CloneMap[K comparable, V any](m *Map[K, V], value func(V) V) *Map[K, V] {
	out := NewMap[K, V]()
	if m == nil {
		return out
	}
	for k, v := range m.All() {
		if value != nil {
			v = value(v)
		}
		out.insert(k, v)
	}
	return out
}

// CloneSet returns a copy of s with the same elements in the same order,
// for a Vex s.clone().
func CloneSet[T comparable](s *Set[T]) *Set[T] {
	out := NewSet[T]()
	if s == nil {
		return out
	}
	for x := range s.All() {
		out.Insert(x)
	}
	return out
}

// Push appends x to *v, for a Vex v.push(x) in a defer or go statement
// (elsewhere it is v = append(v, x)).
func Push[T any](v *[]T, x T) { *v = append(*v, x) }

// Clear empties *v, for a Vex v.clear() in a defer or go statement
// (elsewhere it is v = v[:0]).
func Clear[T any](v *[]T) { *v = (*v)[:0] }

// Compare returns -1, 0 or +1 as a is less than, equal to or greater than
// b, as cmp.Compare does. Generated code compares tuple elements with it
// when it sorts a Vec of tuples with SortFunc.
func Compare[T cmp.Ordered](a, b T) int { return cmp.Compare(a, b) }
