package vexrt

import "reflect"

// Equal reports whether a and b are equal as Vex's == compares values that
// hold references (struct fields, payloads, Options, tuples or arrays of
// type &T): by the values the references point to, which is how
// reflect.DeepEqual compares pointers. Generated code calls it for == on
// such values only; all other values compare with Go's ==. Like
// reflect.DeepEqual, it finds a NaN reached twice through one reference
// equal to itself.
func Equal[T any](a, b T) bool { return reflect.DeepEqual(a, b) }
