package vexrt

import (
	"math"
	"runtime"
	"strconv"
	"strings"
	"unsafe"
)

// Fail returns the *PanicError for a Vex panic("msg") at the calling Vex
// position. Generated code writes panic(vexrt.Fail(msg)) rather than
// calling Panic so that the Go compiler sees a terminating statement.
func Fail(msg string) *PanicError {
	var pcs [32]uintptr
	file, line := position(pcs[:runtime.Callers(2, pcs[:])])
	return &PanicError{Msg: msg, File: file, Line: line}
}

// Value returns the Some value, or the zero value for None. Generated
// pattern matching calls it only after IsSome.
func (o Option[T]) Value() T { return o.value }

// Value returns the Ok value, or the zero value for an Err.
func (r Result[T, E]) Value() T { return r.value }

// Failure returns the Err value, or the zero value for an Ok.
func (r Result[T, E]) Failure() E { return r.err }

// Integer is the set of Go integer types.
type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

// BoolInt returns 1 for true and 0 for false: Vex's b as T, which Go
// spells with an if.
func BoolInt[T Integer](b bool) T {
	if b {
		return 1
	}
	return 0
}

// FloatToInt converts f to the integer type I as Vex's f as I does, and
// Rust's: toward zero, saturating at I's bounds, NaN to 0. Go leaves the
// result of converting a float outside I's range to the platform.
func FloatToInt[I Integer, F ~float32 | ~float64](f F) I {
	x := float64(f)
	bits := 8 * unsafe.Sizeof(I(0))
	if I(0)-1 < 0 { // signed
		limit := float64(uint64(1) << (bits - 1)) // -limit is I's minimum
		switch {
		case x >= limit:
			return I(uint64(1)<<(bits-1) - 1)
		case x <= -limit:
			return I(-limit)
		case x != x:
			return 0
		}
		return I(x)
	}
	switch {
	case x >= 2*float64(uint64(1)<<(bits-1)):
		return ^I(0)
	case x != x || x <= -1:
		return 0
	}
	return I(x)
}

// Pow returns x raised to the power n for integers, wrapping on overflow
// like every Vex integer operation. A negative n gives 0 (1 for x == 1).
func Pow[T, N Integer](x T, n N) T {
	if n < 0 {
		if x == 1 {
			return 1
		}
		return 0
	}
	result := T(1)
	for n > 0 {
		if n&1 == 1 {
			result *= x
		}
		x *= x
		n >>= 1
	}
	return result
}

// Abs returns the absolute value of x.
func Abs[T ~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

// IndexOf returns the byte index of the first sub in s, or None.
func IndexOf(s, sub string) Option[int64] {
	if i := strings.Index(s, sub); i >= 0 {
		return Some(int64(i))
	}
	return None[int64]()
}

// ParseInt parses a decimal integer, with an optional sign.
func ParseInt(s string) Result[int64, string] {
	// strconv.ParseInt allocates a *NumError for a failure, which the
	// message below replaces: text that is not a number at all fails
	// here, and only numbers out of range fail in strconv.
	if !decimalSyntax(s) {
		return Err[int64]("invalid integer: " + s)
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return Err[int64]("invalid integer: " + s)
	}
	return Ok[int64, string](n)
}

// decimalSyntax reports whether s is an optional sign and one or more
// ASCII digits, the syntax strconv.ParseInt accepts in base 10.
func decimalSyntax(s string) bool {
	if s != "" && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// ParseFloat parses a decimal float.
func ParseFloat(s string) Result[float64, string] {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(f) && !strings.EqualFold(strings.TrimLeft(s, "+-"), "nan") {
		return Err[float64]("invalid float: " + s)
	}
	return Ok[float64, string](f)
}

// Is reports whether x holds a T. Generated pattern matching uses it to
// test an enum value's variant inside a larger condition.
func Is[T any](x any) bool {
	_, ok := x.(T)
	return ok
}
