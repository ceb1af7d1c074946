package vexrt

import (
	"cmp"
	"iter"
	"slices"
	"strconv"
	"strings"
)

// A Vex Vec<T> is a Go slice []T, and most of its methods lower to Go:
// v.push(x) is v = append(v, x), v.len() is int64(len(v)), v.isEmpty() is
// len(v) == 0 and v.iter() a range over v. The functions below are the
// methods that need more. Those that change the length take a *[]T.

// VecGet returns v[i], for a Vex v.get(i) or v[i]. If i is out of range it
// panics as Panic does, with the message
// "index 5 out of range for Vec of length 3".
func VecGet[T any](v []T, i int64) T {
	if uint64(i) >= uint64(len(v)) {
		indexOutOfRange(i, len(v))
	}
	return v[i]
}

// VecSet sets v[i] to x, for a Vex v[i] = x. If i is out of range it
// panics as VecGet does.
func VecSet[T any](v []T, i int64, x T) {
	if uint64(i) >= uint64(len(v)) {
		indexOutOfRange(i, len(v))
	}
	v[i] = x
}

// indexOutOfRange panics for index i of a Vec of length n.
func indexOutOfRange(i int64, n int) {
	raise("index " + strconv.FormatInt(i, 10) + " out of range for Vec of length " + strconv.Itoa(n))
}

// Pop removes the last element of *v and returns it, or returns None if
// *v is empty.
func Pop[T any](v *[]T) Option[T] {
	s := *v
	if len(s) == 0 {
		return None[T]()
	}
	x := s[len(s)-1]
	clear(s[len(s)-1:])
	*v = s[:len(s)-1]
	return Some(x)
}

// Insert inserts x at index i of *v, shifting the elements from i on up by
// one. i may be len(*v), which appends x. If i is out of range it panics
// as Panic does, with the message
// "insertion index 5 out of range for Vec of length 3".
func Insert[T any](v *[]T, i int64, x T) {
	if uint64(i) > uint64(len(*v)) {
		raise("insertion index " + strconv.FormatInt(i, 10) + " out of range for Vec of length " + strconv.Itoa(len(*v)))
	}
	*v = slices.Insert(*v, int(i), x)
}

// Remove removes the element at index i of *v and returns it, shifting the
// elements after it down by one. If i is out of range it panics as VecGet
// does.
func Remove[T any](v *[]T, i int64) T {
	s := *v
	if uint64(i) >= uint64(len(s)) {
		indexOutOfRange(i, len(s))
	}
	x := s[i]
	*v = slices.Delete(s, int(i), int(i)+1)
	return x
}

// Contains reports whether x is an element of v.
func Contains[T comparable](v []T, x T) bool { return slices.Contains(v, x) }

// First returns Some with the first element of v, or None if v is empty.
func First[T any](v []T) Option[T] {
	if len(v) == 0 {
		return None[T]()
	}
	return Some(v[0])
}

// Last returns Some with the last element of v, or None if v is empty.
func Last[T any](v []T) Option[T] {
	if len(v) == 0 {
		return None[T]()
	}
	return Some(v[len(v)-1])
}

// Reverse reverses the elements of v in place.
func Reverse[T any](v []T) { slices.Reverse(v) }

// Sort sorts v in place in increasing order. Floats sort as cmp.Compare
// orders them: NaNs first, and -0.0 equal to 0.0.
func Sort[T cmp.Ordered](v []T) { slices.Sort(v) }

// SortFunc sorts v in place in the order of compare, which returns a
// negative number, zero or a positive number as a is less than, equal to
// or greater than b. The sort is stable: equal elements keep their order.
// Generated code uses it for Vecs of tuples that hold a float, whose -0.0
// and 0.0 compare equal; equal tuples of other types are the same, and
// generated code sorts them with slices.SortFunc, which is faster.
func SortFunc[T any](v []T, compare func(a, b T) int) { slices.SortStableFunc(v, compare) }

// MapVec returns a new Vec holding f applied to each element of v, in order.
func MapVec[T, U any](v []T, f func(T) U) []U {
	out := make([]U, len(v))
	for i, x := range v {
		out[i] = f(x)
	}
	return out
}

// Filter returns a new Vec holding the elements of v for which p reports
// true, in order.
func Filter[T any](v []T, p func(T) bool) []T {
	out := []T{}
	for _, x := range v {
		if p(x) {
			out = append(out, x)
		}
	}
	return out
}

// Retain keeps the elements of v for which p reports true, in order, in
// v's own array, and returns them. It is Filter for a Vec that nothing
// else refers to, such as the result of MapVec: generated code lowers
// v.map(f).filter(p) to Retain(MapVec(v, f), p), which allocates one Vec
// where Filter would allocate a second.
func Retain[T any](v []T, p func(T) bool) []T {
	out := v[:0]
	for _, x := range v {
		if p(x) {
			out = append(out, x)
		}
	}
	clear(v[len(out):])
	return out
}

// Join returns the elements of v separated by sep, for a Vex v.join(sep)
// on a Vec<string>.
func Join(v []string, sep string) string { return strings.Join(v, sep) }

// Enumerate returns an iterator over the indexes and elements of v, for a
// Vex loop for (i, x) in v.enumerate():
//
//	for i, x := range vexrt.Enumerate(v) { ... }
func Enumerate[T any](v []T) iter.Seq2[int64, T] {
	return func(yield func(int64, T) bool) {
		for i, x := range v {
			if !yield(int64(i), x) {
				return
			}
		}
	}
}

// VecTryGet returns v[i], or None if i is out of range, for a Vex
// v.tryGet(i).
func VecTryGet[T any](v []T, i int64) Option[T] {
	if uint64(i) >= uint64(len(v)) {
		return None[T]()
	}
	return Some(v[i])
}
