package vexrt

import "context"

// This file is what generated code needs to call Go packages where Go has
// no expression for it: the results of Go functions as Results and
// Options, Results handed back to Go as its results, lookups in Go maps and
// receives from Go channels as Options, and contexts passed between Go and
// Vex. A Vex GoError is Go's error itself.

// ErrorResult returns Ok(Unit{}) if err is nil and Err(err) otherwise:
// the Result of a Go function that returns only an error.
//
//	r := vexrt.ErrorResult(f.Close())
func ErrorResult(err error) Result[Unit, error] {
	if err != nil {
		return Result[Unit, error]{err: err}
	}
	return Result[Unit, error]{ok: true}
}

// ResultOf2 returns Ok((a, b)) if err is nil and Err(err) otherwise: the
// Result of a Go function that returns two values and an error.
func ResultOf2[A, B any](a A, b B, err error) Result[Tuple2[A, B], error] {
	if err != nil {
		return Result[Tuple2[A, B], error]{err: err}
	}
	return Result[Tuple2[A, B], error]{value: Tuple2[A, B]{a, b}, ok: true}
}

// ResultOf3 returns Ok((a, b, c)) if err is nil and Err(err) otherwise:
// the Result of a Go function that returns three values and an error.
func ResultOf3[A, B, C any](a A, b B, c C, err error) Result[Tuple3[A, B, C], error] {
	if err != nil {
		return Result[Tuple3[A, B, C], error]{err: err}
	}
	return Result[Tuple3[A, B, C], error]{value: Tuple3[A, B, C]{a, b, c}, ok: true}
}

// Lookup returns Some with the value of key k in the Go map m, or None if
// m has no such key: a Vex GoMap's get(k).
func Lookup[M ~map[K]V, K comparable, V any](m M, k K) Option[V] {
	v, ok := m[k]
	return Option[V]{v, ok}
}

// HasKey reports whether the Go map m has the key k: a Vex GoMap's
// contains(k).
func HasKey[M ~map[K]V, K comparable, V any](m M, k K) bool {
	_, ok := m[k]
	return ok
}

// Recv receives from the Go channel c: Some with the value received, or
// None once c is closed and drained. It is a Vex GoChan's recv().
func Recv[T any](c <-chan T) Option[T] {
	v, ok := <-c
	return Option[T]{v, ok}
}

// ContextOf returns a Vex Context that is done when the Go context ctx is:
// Vex's context.fromGo(ctx). Cancel on it does nothing to ctx.
func ContextOf(ctx context.Context) *Context { return &Context{ctx: ctx} }

// Downcast returns Some of the value that x holds if it is a T, and None
// otherwise, as Go's v, ok := x.(T): x.downcast<T>() of a Vex any or
// GoError.
func Downcast[T any](x any) Option[T] {
	v, ok := x.(T)
	return Option[T]{v, ok}
}
