package vexrt

// This file is what Go code that calls generated code needs beyond the
// types themselves: a Result read as Go's (T, error), and a Go channel
// passed in as a Channel.

// Unpack returns r as a Go function returns its results: r's value and a
// nil error if r is Ok, or T's zero value and an error if r is Err. The
// error is r's error itself if E is a Go error type (such as GoError, or a
// Vex type with an Error(): string method), and otherwise a [ResultError]
// holding it:
//
//	n, err := stats.Parse(line).Unpack()
func (r Result[T, E]) Unpack() (T, error) {
	if r.ok {
		return r.value, nil
	}
	if err, ok := any(r.err).(error); ok && err != nil {
		return r.value, err
	}
	return r.value, ResultError[E]{r.err}
}

// A ResultError is the error that [Result.Unpack] returns for an Err whose
// error is not a Go error: Err holds it, and the message is Err as Vex
// displays it (a string is its text). errors.As finds it:
//
//	var re vexrt.ResultError[string]
//	if errors.As(err, &re) { ... re.Err ... }
type ResultError[E any] struct {
	Err E
}

// Error returns e.Err as Vex displays it.
func (e ResultError[E]) Error() string { return Display(e.Err) }

// ChannelOf returns a Channel that sends and receives on the Go channel ch,
// so that Go code can pass its own channel to Vex code and go on using it:
// a value sent on either side is received once, on either side. Close ch
// once, either with the Channel's Close, after which Send on the Channel
// fails, or with close(ch) by Go code that is ch's only sender, after which
// Vex code receives what is left and must not send. ChannelOf panics if ch
// is nil.
//
// [Channel.RecvChan] hands the receive side of any Channel to Go code.
func ChannelOf[T any](ch chan T) *Channel[T] {
	if ch == nil {
		panic("vexrt: ChannelOf of a nil channel")
	}
	return &Channel[T]{ch: ch, closed: make(chan struct{})}
}
