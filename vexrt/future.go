package vexrt

import (
	"context"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// A Future is the result of a Vex async function call: a body that has not
// necessarily run yet and the value it returns once it has.
//
// A future is lazy. It starts when it is first awaited, and then runs on the
// awaiting goroutine, or when Start spawns it onto a goroutine of its own.
// It runs at most once; once done it keeps its value. Any number of
// goroutines may await a future, before, while or after it runs.
//
// If the body panics, the future completes with that panic, and every
// Await re-panics with the same value. An Await that ran the body itself
// lets the panic continue from where it started, so a stack trace shows
// the panicking code.
//
// Futures are made by Async and Ready and shared by pointer.
type Future[T any] struct {
	state atomic.Int32
	body  func() T // nil once run
	value T        // the body's result, once done
	pval  any      // the body's panic value, once panicked

	mu   sync.Mutex    // guards the creation of wake
	wake chan struct{} // closed when done if the waiting bit was set
}

// Future states. A running future may also have the waiting bit set,
// which tells the goroutine running it to close wake when it completes.
const (
	unstarted int32 = iota
	running
	done
	panicked

	waiting int32 = 4
)

// closedChan is a closed channel.
var closedChan = func() chan struct{} {
	c := make(chan struct{})
	close(c)
	return c
}()

// Async returns an unstarted future of body, the lowering of a call of a
// Vex async function:
//
//	func fetch(id int32) *vexrt.Future[int32] {
//		return vexrt.Async(func() int32 { ... })
//	}
func Async[T any](body func() T) *Future[T] {
	return &Future[T]{body: body}
}

// Ready returns a future that is already done with the value v.
func Ready[T any](v T) *Future[T] {
	f := &Future[T]{value: v}
	f.state.Store(done)
	return f
}

// Await returns the future's value, the lowering of Vex's await.
// If f has not started, Await runs its body on the calling goroutine;
// if f is running on another goroutine, Await waits for it to finish;
// if f is done, Await returns its value at once.
// If the body panicked, Await panics with the same value.
func (f *Future[T]) Await() T {
	switch f.state.Load() {
	case unstarted:
		if f.state.CompareAndSwap(unstarted, running) {
			f.run(true)
			return f.value
		}
	case done:
		return f.value
	}
	f.wait()
	return f.result()
}

// AwaitContext is Await for Go callers. If ctx is done before f is,
// AwaitContext returns ctx's error and leaves f running. If ctx can be
// done at all, an unstarted f is started on a goroutine of its own, so
// that the caller can stop waiting; otherwise it runs on the caller's.
func (f *Future[T]) AwaitContext(ctx context.Context) (T, error) {
	if f.Done() || ctx.Done() == nil {
		return f.Await(), nil
	}
	if err := ctx.Err(); err != nil {
		var zero T
		return zero, err
	}
	select {
	case <-f.Start().doneChan():
		return f.result(), nil
	case <-ctx.Done():
		var zero T
		return zero, ctx.Err()
	}
}

// Start starts f on a new goroutine if it has not started, and returns f.
// It is the lowering of Vex's spawn. A panic in a started future is kept
// for its awaiters. If nothing ever awaits it — the future becomes
// unreachable, or the program's main returns first (see [Main]) — the
// panic ends the program as a panic in a goroutine does in Go: "panic:"
// and the value on standard error, the stack of the goroutine when it
// panicked, and exit status 2.
func (f *Future[T]) Start() *Future[T] {
	if f.state.Load() == unstarted && f.state.CompareAndSwap(unstarted, running) {
		go f.run(false)
	}
	return f
}

// Done reports whether f has completed, with a value or a panic.
func (f *Future[T]) Done() bool {
	s := f.state.Load()
	return s == done || s == panicked
}

// String returns the Vex type of f, as in Future<i32>.
func (f *Future[T]) String() string { return f.vexType() }

func (*Future[T]) vexType() string { return "Future<" + typeName[T]() + ">" }

// run runs the body of f, which the caller has moved to running, and
// completes f. If the body panics, run completes f with the panic and,
// if repanic is set, continues panicking.
func (f *Future[T]) run(repanic bool) {
	defer f.catch(repanic)
	f.value = f.body()
	f.body = nil
	f.complete(done)
}

// catch, deferred by run, completes f with the panic of its body if the
// body did not return. The panic continues from where it started if
// repanic is set: the frames of the body stay on the stack below this
// call, so the report of ExitOnPanic and the stack trace name them.
func (f *Future[T]) catch(repanic bool) {
	if f.state.Load()&^waiting != running {
		return
	}
	// v is nil if the body called runtime.Goexit; the awaiters then
	// panic with a *runtime.PanicNilError.
	v := recover()
	f.pval = v
	if !repanic && v != nil {
		p := newSpawnedPanic(v)
		f.pval = p
		runtime.AddCleanup(f, (*spawnedPanic).collected, p)
	}
	f.body = nil
	f.complete(panicked)
	if repanic && v != nil {
		panic(v)
	}
}

// complete moves f, which is running, to state s, done or panicked,
// and wakes the goroutines waiting for it.
func (f *Future[T]) complete(s int32) {
	if f.state.Swap(s)&waiting != 0 {
		close(f.wake)
	}
}

// result returns f's value or re-raises its panic. f must be done.
func (f *Future[T]) result() T {
	if f.state.Load() == panicked {
		if p, ok := f.pval.(*spawnedPanic); ok {
			p.awaited()
			panic(p.v)
		}
		panic(f.pval)
	}
	return f.value
}

// wait waits until f, which has started, is done.
func (f *Future[T]) wait() {
	if !f.Done() {
		<-f.doneChan()
	}
}

// doneChan returns a channel that is closed when f, which has started,
// is done.
func (f *Future[T]) doneChan() <-chan struct{} {
	f.mu.Lock()
	if f.wake == nil {
		f.wake = make(chan struct{})
	}
	c := f.wake
	f.mu.Unlock()
	for {
		s := f.state.Load()
		if s == done || s == panicked {
			return closedChan
		}
		if s&waiting != 0 || f.state.CompareAndSwap(s, s|waiting) {
			return c
		}
	}
}

// Spawn starts f on a new goroutine if it has not started, and returns it:
// Vex's spawn(f).
func Spawn[T any](f *Future[T]) *Future[T] { return f.Start() }

// Sleep returns an unstarted future that, when awaited, sleeps for ms
// milliseconds: Vex's sleep(ms) and async_delay(ms).
func Sleep(ms int64) *Future[Unit] {
	return SleepDuration(time.Duration(ms) * time.Millisecond)
}

// SleepDuration is Sleep for a Duration: Vex's sleep(d).
func SleepDuration(d time.Duration) *Future[Unit] {
	return Async(func() Unit {
		time.Sleep(d)
		return Unit{}
	})
}

// JoinAll returns an unstarted future that runs the futures fs concurrently
// and returns their values in the order of fs: Vex's join_all(fs).
// When it runs, it starts fs[1:] on goroutines of their own and awaits fs[0]
// on its own goroutine. If one of them panics, the joined future re-panics
// with the first such panic in the order of fs.
func JoinAll[T any](fs []*Future[T]) *Future[[]T] {
	fs = slices.Clone(fs)
	return Async(func() []T {
		for i := 1; i < len(fs); i++ {
			fs[i].Start()
		}
		vs := make([]T, len(fs))
		for i, f := range fs {
			vs[i] = f.Await()
		}
		return vs
	})
}

// Timeout returns an unstarted future that starts f and waits for it at most
// ms milliseconds: Vex's timeout(f, ms). Its value is Some with f's value
// if f completes in time, and None otherwise; f then keeps running.
// If f panics in time, the timeout future re-panics with the same value.
func Timeout[T any](f *Future[T], ms int64) *Future[Option[T]] {
	return TimeoutDuration(f, time.Duration(ms)*time.Millisecond)
}

// TimeoutDuration is Timeout for a Duration: Vex's timeout(f, d).
func TimeoutDuration[T any](f *Future[T], d time.Duration) *Future[Option[T]] {
	return Async(func() Option[T] {
		if !f.Start().Done() {
			t := time.NewTimer(d)
			defer t.Stop()
			select {
			case <-f.doneChan():
			case <-t.C:
				return None[T]()
			}
		}
		return Some(f.result())
	})
}
