package vexrt

import "slices"

// More Vec operations that generated code calls: the literal [x; n], the
// sum <+ v, enumerate() used as a value, and == on Vecs.

// Number is the set of Go types of the Vex numbers.
type Number interface {
	Integer | ~float32 | ~float64
}

// Repeat returns a Vec of n copies of x, for a Vex [x; n]. A negative n
// panics as Panic does, with the message "negative count -1 in [x; n]".
func Repeat[T any, N Integer](x T, n N) []T {
	if n < 0 {
		raise("negative count " + Display(n) + " in [x; n]")
	}
	v := make([]T, n)
	for i := range v {
		v[i] = x
	}
	return v
}

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
