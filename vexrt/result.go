package vexrt

// A Result is either Ok with a value of type T or Err with an error of type E.
// The zero Result is Err with E's zero value.
// Results are small values: building and inspecting one never allocates.
type Result[T, E any] struct {
	value T
	err   E
	ok    bool
}

// Ok returns a successful Result holding v.
func Ok[T, E any](v T) Result[T, E] { return Result[T, E]{value: v, ok: true} }

// Err returns a failed Result holding e.
func Err[T, E any](e E) Result[T, E] { return Result[T, E]{err: e} }

// ResultOf returns Ok(v) if err is nil and Err(err) otherwise.
// It turns the results of a Go function returning (T, error) into a Result:
//
//	r := vexrt.ResultOf(strconv.Atoi(s))
func ResultOf[T any](v T, err error) Result[T, error] {
	if err != nil {
		return Result[T, error]{err: err}
	}
	return Result[T, error]{value: v, ok: true}
}

// Get returns the value of r and true if r is Ok,
// or T's zero value and false if r is Err.
func (r Result[T, E]) Get() (T, bool) { return r.value, r.ok }

// ErrValue returns the error of r and true if r is Err,
// or E's zero value and false if r is Ok.
func (r Result[T, E]) ErrValue() (E, bool) { return r.err, !r.ok }

// IsOk reports whether r is Ok.
func (r Result[T, E]) IsOk() bool { return r.ok }

// IsErr reports whether r is Err.
func (r Result[T, E]) IsErr() bool { return !r.ok }

// Or returns the value of r if r is Ok, and d otherwise.
func (r Result[T, E]) Or(d T) T {
	if r.ok {
		return r.value
	}
	return d
}

// OrElse returns the value of r if r is Ok, and f applied to the error otherwise.
// It calls f only if r is Err.
func (r Result[T, E]) OrElse(f func(E) T) T {
	if r.ok {
		return r.value
	}
	return f(r.err)
}

// Ok returns Some with the value of r if r is Ok, and None otherwise.
func (r Result[T, E]) Ok() Option[T] { return Option[T]{r.value, r.ok} }

// String formats r as Vex displays it: Ok(1) or Err("boom").
func (r Result[T, E]) String() string {
	if r.ok {
		return "Ok(" + Nested(r.value) + ")"
	}
	return "Err(" + Nested(r.err) + ")"
}

func (Result[T, E]) vexType() string {
	return "Result<" + typeName[T]() + ", " + typeName[E]() + ">"
}

// MapResult returns Ok(f(v)) if r is Ok(v), and r's error otherwise.
func MapResult[T, U, E any](r Result[T, E], f func(T) U) Result[U, E] {
	if !r.ok {
		return Result[U, E]{err: r.err}
	}
	return Result[U, E]{value: f(r.value), ok: true}
}

// MapErr returns Err(f(e)) if r is Err(e), and r's value otherwise.
func MapErr[T, E, F any](r Result[T, E], f func(E) F) Result[T, F] {
	if r.ok {
		return Result[T, F]{value: r.value, ok: true}
	}
	return Result[T, F]{err: f(r.err)}
}

// FlatMapResult returns f(v) if r is Ok(v), and r's error otherwise.
func FlatMapResult[T, U, E any](r Result[T, E], f func(T) Result[U, E]) Result[U, E] {
	if !r.ok {
		return Result[U, E]{err: r.err}
	}
	return f(r.value)
}
