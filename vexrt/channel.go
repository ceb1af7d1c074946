package vexrt

import (
	"iter"
	"strconv"
	"sync/atomic"
	"time"
)

// A Channel is a Vex Channel<T>: a Go channel with the guarantees that Vex
// adds. Sending on a closed channel fails instead of panicking, closing a
// closed channel does nothing, and receiving yields an Option.
//
// A value for which Send returns true is received exactly once by receivers
// that receive until the channel is closed and drained, also when Close
// races with senders and receivers; a value for which it returns false is
// never received.
//
// Close marks the channel closed at once, so that sends fail from then on,
// and closes the underlying Go channel as soon as no send registered by
// BeginSend is under way. Receivers see it closed once they have drained it.
//
// Channels are made by NewChannel and shared by pointer.
type Channel[T any] struct {
	ch     chan T
	closed chan struct{} // closed by Close

	// state counts the sends registered by BeginSend and not yet ended,
	// plus the flags closing, set by Close, and shut, set when ch is closed.
	state atomic.Int64
}

const (
	closing int64 = 1 << 62
	shut    int64 = 1 << 61
)

// NewChannel returns a channel with room for capacity values;
// capacity 0 makes an unbuffered channel, on which a send waits for a
// receiver. A negative capacity panics as Panic does.
func NewChannel[T any](capacity int64) *Channel[T] {
	if capacity < 0 {
		Panic("negative channel capacity " + strconv.FormatInt(capacity, 10))
	}
	return &Channel[T]{
		ch:     make(chan T, capacity),
		closed: make(chan struct{}),
	}
}

// Send sends v, waiting while c is full, and reports whether v is in the
// channel. Send returns false if c is closed, and returns false, without
// waiting further, if c is closed while Send waits.
func (c *Channel[T]) Send(v T) bool { return c.send(v, true) }

// TrySend sends v if that needs no waiting, and reports whether it did.
func (c *Channel[T]) TrySend(v T) bool { return c.send(v, false) }

// SendResult is Send returning Ok(()) or Err("channel closed").
func (c *Channel[T]) SendResult(v T) Result[Unit, string] {
	if !c.Send(v) {
		return Err[Unit]("channel closed")
	}
	return Ok[Unit, string](Unit{})
}

// Recv receives the next value, waiting while c is empty and open.
// It returns None once c is closed and drained.
func (c *Channel[T]) Recv() Option[T] {
	v, ok := <-c.ch
	return Option[T]{v, ok}
}

// RecvValue is Recv for Vex's <-ch: it returns T's zero value once c is
// closed and drained.
func (c *Channel[T]) RecvValue() T { return <-c.ch }

// TryRecv receives a value if that needs no waiting.
// It returns None if c is empty, or closed and drained.
func (c *Channel[T]) TryRecv() Option[T] {
	select {
	case v, ok := <-c.ch:
		return Option[T]{v, ok}
	default:
		return Option[T]{}
	}
}

// RecvResult is Recv returning Ok(v) or Err("channel closed").
func (c *Channel[T]) RecvResult() Result[T, string] {
	v, ok := <-c.ch
	if !ok {
		return Err[T]("channel closed")
	}
	return Ok[T, string](v)
}

// All returns an iterator over the values received from c until it is
// closed and drained, the lowering of Vex's for v in ch:
//
//	for v := range ch.All() { ... }
func (c *Channel[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range c.ch {
			if !yield(v) {
				return
			}
		}
	}
}

// Close closes c: sends fail from now on, while the values in c can still
// be received. Closing a closed channel does nothing.
func (c *Channel[T]) Close() {
	if c.state.Or(closing)&closing != 0 {
		return
	}
	close(c.closed)
	c.shutIfIdle()
}

// IsClosed reports whether c has been closed.
func (c *Channel[T]) IsClosed() bool { return c.state.Load()&closing != 0 }

// Len returns the number of values buffered in c.
func (c *Channel[T]) Len() int64 { return int64(len(c.ch)) }

// Cap returns the capacity of c.
func (c *Channel[T]) Cap() int64 { return int64(cap(c.ch)) }

// String returns the Vex type of c, as in Channel<i32>.
func (c *Channel[T]) String() string { return c.vexType() }

func (*Channel[T]) vexType() string { return "Channel<" + typeName[T]() + ">" }

// RecvChan returns the underlying Go channel, for the receive cases of a
// generated select and for Go code that receives from c.
// It is closed when c is closed and drained.
func (c *Channel[T]) RecvChan() <-chan T { return c.ch }

// Closed returns a channel that is closed when c is closed.
func (c *Channel[T]) Closed() <-chan struct{} { return c.closed }

// BeginSend registers a send on c for the send case of a generated select,
// and returns the channels for that select: the underlying Go channel to
// send on, and the channel that Closed returns. It returns nil for both if
// c is closed, which disables both cases.
//
// While a send is registered, Close cannot close the underlying Go channel,
// so that the select's send cannot panic. Every BeginSend must be followed
// by exactly one EndSend as soon as the select has chosen a case, before the
// case's body runs. See the package documentation for the complete lowering.
func (c *Channel[T]) BeginSend() (chan<- T, <-chan struct{}) {
	if c.state.Add(1)&closing != 0 {
		return nil, nil
	}
	return c.ch, c.closed
}

// EndSend ends a send registered by BeginSend.
func (c *Channel[T]) EndSend() {
	if c.state.Add(-1) == closing {
		c.shutIfIdle()
	}
}

// shutIfIdle closes the underlying channel if c is closing, no send is
// under way and it is still open.
func (c *Channel[T]) shutIfIdle() {
	if c.state.CompareAndSwap(closing, closing|shut) {
		close(c.ch)
	}
}

// After returns a channel that receives a value after ms milliseconds,
// for the after case of a generated select.
func After(ms int64) <-chan time.Time {
	return time.After(time.Duration(ms) * time.Millisecond)
}
