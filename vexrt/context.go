package vexrt

import (
	"context"
	"time"
)

// A Context is a Vex Context from module "context": a Go context.Context
// with the function that cancels it. Like Go's contexts it forms a tree:
// cancelling a context, or its timeout expiring, makes it and every context
// derived from it done. Generated code holds a *Context, shared by go-block
// captures, and lowers the module's functions as follows:
//
//	background()           vexrt.Background()
//	withCancel(ctx)        vexrt.WithCancel(ctx)
//	withTimeout(ctx, ms)   vexrt.WithTimeout(ctx, ms)
//	cancel(ctx)            vexrt.Cancel(ctx)
//	isDone(ctx)            vexrt.IsDone(ctx)
//
// Go cannot stop a running goroutine, so a future ends early with a context
// only at the waits that watch that context:
//
//   - RunIn(ctx, f), a Future[Option[T]], awaits f under ctx: it is None as
//     soon as ctx is done, if f has not completed by then; f keeps running
//     until its own waits end. Awaiting f under a context is
//     vexrt.RunIn(ctx, f).Await().
//   - SleepCtx(ctx, ms) is the prelude's sleep(ms) that ends early when ctx
//     is done; a future started under ctx sleeps with it, and its loops test
//     IsDone(ctx) to stop.
//
// So a Vex worker that runs until its context ends looks like this in Go:
//
//	func worker(ctx *vexrt.Context) *vexrt.Future[int64] {
//		return vexrt.Async(func() int64 {
//			n := int64(0)
//			for !vexrt.IsDone(ctx) {
//				vexrt.SleepCtx(ctx, 10).Await()
//				n++
//			}
//			return n
//		})
//	}
type Context struct {
	ctx    context.Context
	cancel context.CancelFunc // nil for a background context
}

// Background returns a context that is never done: Vex's background().
func Background() *Context {
	return &Context{ctx: context.Background()}
}

// WithCancel returns a context derived from parent that is done when
// Cancel is called on it or when parent is done: Vex's withCancel(parent).
func WithCancel(parent *Context) *Context {
	ctx, cancel := context.WithCancel(parent.ctx)
	return &Context{ctx, cancel}
}

// WithTimeout returns a context derived from parent that is done ms
// milliseconds from now, when Cancel is called on it, or when parent is
// done, whichever comes first: Vex's withTimeout(parent, ms).
func WithTimeout(parent *Context, ms int64) *Context {
	return WithTimeoutDuration(parent, time.Duration(ms)*time.Millisecond)
}

// WithTimeoutDuration is WithTimeout for a Duration: Vex's
// withTimeout(parent, d).
func WithTimeoutDuration(parent *Context, d time.Duration) *Context {
	ctx, cancel := context.WithTimeout(parent.ctx, d)
	return &Context{ctx, cancel}
}

// Cancel makes ctx and the contexts derived from it done, and releases the
// resources of ctx: Vex's cancel(ctx). Cancelling a context that is done
// does nothing, and so does cancelling a background context.
func Cancel(ctx *Context) {
	if ctx.cancel != nil {
		ctx.cancel()
	}
}

// IsDone reports whether ctx is done, that is cancelled or timed out:
// Vex's isDone(ctx).
func IsDone(ctx *Context) bool { return ctx.ctx.Err() != nil }

// GoContext returns the Go context of ctx, for Go functions imported into
// Vex that take a context.Context.
func (c *Context) GoContext() context.Context { return c.ctx }

// String returns "Context".
func (c *Context) String() string { return c.vexType() }

func (*Context) vexType() string { return "Context" }

// RunIn returns an unstarted future that awaits f under ctx. Its value is
// Some with f's value if f completes before ctx is done, and None as soon
// as ctx is done otherwise; f then keeps running. If ctx can be done, f
// starts on a goroutine of its own, so that the wait can end early, unless
// ctx is done already when the future runs: then f does not start. If f
// panics first, the future re-panics with the same value.
func RunIn[T any](ctx *Context, f *Future[T]) *Future[Option[T]] {
	return Async(func() Option[T] {
		v, err := f.AwaitContext(ctx.ctx)
		if err != nil {
			return None[T]()
		}
		return Some(v)
	})
}

// SleepCtx returns an unstarted future that, when awaited, sleeps for ms
// milliseconds or until ctx is done, whichever comes first. It is the
// prelude's sleep(ms) inside a future started under ctx.
func SleepCtx(ctx *Context, ms int64) *Future[Unit] {
	return SleepCtxDuration(ctx, time.Duration(ms)*time.Millisecond)
}

// SleepCtxDuration is SleepCtx for a Duration: Vex's delay(ctx, d).
func SleepCtxDuration(ctx *Context, d time.Duration) *Future[Unit] {
	return Async(func() Unit {
		t := time.NewTimer(d)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.ctx.Done():
		}
		return Unit{}
	})
}
