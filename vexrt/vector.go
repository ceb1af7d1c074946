package vexrt

import (
	"cmp"
	"unsafe"
)

// The vector operators of Vex on fixed arrays, slices and Vecs that Go has
// no operator or builtin for: the reductions <* <?| >?| <& <| (<+ is Sum)
// and the saturating +| and -|. Generated code applies the element-wise
// operators in a loop of its own and calls these for each element.

// Product returns the product of the elements of v, for a Vex <* v; 1 for
// an empty v. Integer products wrap on overflow.
func Product[T Number](v []T) T {
	p := T(1)
	for _, x := range v {
		p *= x
	}
	return p
}

// Min returns the least element of v, for a Vex <?| v, as Go's min
// orders them. An empty v panics as Panic does, with the message
// "<?| of an empty sequence".
func Min[T cmp.Ordered](v []T) T {
	if len(v) == 0 {
		raise("<?| of an empty sequence")
	}
	m := v[0]
	for _, x := range v[1:] {
		m = min(m, x)
	}
	return m
}

// Max returns the greatest element of v, for a Vex >?| v, as Go's max
// orders them. An empty v panics as Panic does, with the message
// ">?| of an empty sequence".
func Max[T cmp.Ordered](v []T) T {
	if len(v) == 0 {
		raise(">?| of an empty sequence")
	}
	m := v[0]
	for _, x := range v[1:] {
		m = max(m, x)
	}
	return m
}

// All reports whether every element of v is true, for a Vex <& v; true
// for an empty v.
func All(v []bool) bool {
	for _, x := range v {
		if !x {
			return false
		}
	}
	return true
}

// Any reports whether an element of v is true, for a Vex <| v; false for
// an empty v.
func Any(v []bool) bool {
	for _, x := range v {
		if x {
			return true
		}
	}
	return false
}

// SatAdd returns a + b clamped to the bounds of T, for a Vex a +| b.
func SatAdd[T Integer](a, b T) T {
	s := a + b
	if (s < a) != (b < 0) { // the sum wrapped around
		lo, hi := bounds[T]()
		if b < 0 {
			return lo
		}
		return hi
	}
	return s
}

// SatSub returns a - b clamped to the bounds of T, for a Vex a -| b.
func SatSub[T Integer](a, b T) T {
	d := a - b
	if (d > a) != (b < 0) { // the difference wrapped around
		lo, hi := bounds[T]()
		if b < 0 {
			return hi
		}
		return lo
	}
	return d
}

// bounds returns the least and the greatest value of the integer type T.
func bounds[T Integer]() (lo, hi T) {
	hi = ^T(0)
	if hi < 0 { // signed: ^0 is -1
		hi = T(uint64(1)<<(unsafe.Sizeof(hi)*8-1) - 1)
		lo = -hi - 1
	}
	return lo, hi
}
