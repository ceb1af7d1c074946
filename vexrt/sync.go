package vexrt

import (
	"strconv"
	"sync"
)

// A Mutex is a Vex Mutex<T> from module "sync": a value of type T that
// only the holder of the lock may read or change. Like RwLock, WaitGroup,
// Once and Barrier, a Mutex is a Vex reference type: generated code holds
// a *Mutex, and go-block captures share it.
//
// The Vex methods lower as follows, guard being a *Guard:
//
//	Mutex.new(v)                vexrt.NewMutex(v)
//	let g = m.lock()            g := m.Lock(); defer g.Unlock()
//	g.get()  g.set(v)           g.Get()  g.Set(v)
//	g.method(a)                 g.Ptr().Method(a)
//	g.unlock()                  g.Unlock()
//	m.withLock(|v| v += 1)      m.WithLock(func(v *T) { *v += 1 })
//	let r = m.withLock(|v| e)   r := vexrt.WithLockResult(m, func(v *T) R { return e })
//
// A guard must be released when its Vex scope ends, also when that scope
// is a loop body or a block shorter than the function: since a Go defer
// runs only when the function returns, generated code either puts the
// scope in a function literal that defers Unlock, or calls Unlock at each
// exit of the scope and defers it as well, for panics. Unlock is
// idempotent, so the deferred call after an explicit one does nothing.
//
// A Mutex is not reentrant: a goroutine that locks a Mutex it holds waits
// forever, as in Go and Rust.
type Mutex[T any] struct {
	mu    sync.Mutex
	value T
}

// NewMutex returns a Mutex holding v: Vex's Mutex.new(v).
func NewMutex[T any](v T) *Mutex[T] {
	return &Mutex[T]{value: v}
}

// Lock waits until m is free, locks it and returns a guard through which
// the holder reads and changes m's value: Vex's m.lock().
func (m *Mutex[T]) Lock() *Guard[T] {
	m.mu.Lock()
	return &Guard[T]{value: &m.value, mu: &m.mu}
}

// WithLock calls f with a pointer to m's value while holding m's lock, and
// releases the lock when f returns or panics: Vex's m.withLock(|v| ...)
// when its result is unused.
//
// The closure's parameter is a mutable reference &T! to the protected
// value, lowered to a *T, so that m.withLock(|v| v += 1) increments the
// value (*v += 1) and reading v sees through the reference as Vex
// references do. The pointer must not be kept after f returns.
func (m *Mutex[T]) WithLock(f func(v *T)) {
	m.mu.Lock()
	defer m.mu.Unlock()
	f(&m.value)
}

// WithLockResult is WithLock for a closure with a result, which it returns:
// Vex's m.withLock(|v| ...) when its result is used.
func WithLockResult[T, R any](m *Mutex[T], f func(v *T) R) R {
	m.mu.Lock()
	defer m.mu.Unlock()
	return f(&m.value)
}

// String returns the Vex type of m, as in Mutex<i32>. It does not show the
// value, which would need the lock.
func (m *Mutex[T]) String() string { return m.vexType() }

func (*Mutex[T]) vexType() string { return "Mutex<" + typeName[T]() + ">" }

// A Guard is the lock of a Mutex, or the write lock of an RwLock, held by
// the code that took it, and the access to the protected value. Each Lock
// or Write returns a new Guard, which releases its lock at most once: a
// second Unlock does nothing, even when someone else holds the lock by then.
//
// Using a guard after its Unlock (Get, Set, Ptr) panics as Panic does with
// "use of a released lock guard", since the value is no longer protected.
//
// A guard belongs to the goroutine that took it, as in Rust, where a
// MutexGuard cannot be sent to another thread: it is not a reference type,
// its methods are not safe for concurrent use, and vex2go should refuse a
// guard captured by a go block. (Making Unlock safe for concurrent calls
// with an atomic compare-and-swap costs about 6 ns per Lock and Unlock,
// half as much again as a sync.Mutex.)
type Guard[T any] struct {
	value    *T
	mu       *sync.Mutex   // the lock of a Mutex, or nil
	rw       *sync.RWMutex // the lock of an RwLock, if mu is nil
	released bool
}

// Get returns the protected value: Vex's guard.get().
func (g *Guard[T]) Get() T {
	g.check()
	return *g.value
}

// Set replaces the protected value with v: Vex's guard.set(v).
func (g *Guard[T]) Set(v T) {
	g.check()
	*g.value = v
}

// Ptr returns a pointer to the protected value, for the calls of methods
// through the guard: Vex's guard.method(a) is g.Ptr().Method(a). The
// pointer must not be used after Unlock.
func (g *Guard[T]) Ptr() *T {
	g.check()
	return g.value
}

// Unlock releases the lock if g still holds it, and does nothing otherwise:
// Vex's guard.unlock() and the end of the guard's scope.
func (g *Guard[T]) Unlock() {
	if g.released {
		return
	}
	g.released = true
	if g.mu != nil {
		g.mu.Unlock()
	} else {
		g.rw.Unlock()
	}
}

// String returns the display form of the protected value, since a guard
// stands for its value in Vex. Generated code that knows T formats
// g.Get() with T's typed formatter instead.
func (g *Guard[T]) String() string { return Display(g.Get()) }

// check panics if g has been released.
func (g *Guard[T]) check() {
	if g.released {
		raise("use of a released lock guard")
	}
}

// An RwLock is a Vex RwLock<T> from module "sync": a value of type T that
// any number of readers or a single writer may hold at a time. Generated
// code holds a *RwLock and uses it as a Mutex:
//
//	RwLock.new(v)          vexrt.NewRwLock(v)
//	let r = l.read()       r := l.Read(); defer r.Unlock()
//	let w = l.write()      w := l.Write(); defer w.Unlock()
//
// with the same care to release a guard at the end of its Vex scope. A
// goroutine must not lock an RwLock it holds: a reader that reads again
// while a writer waits waits forever, as in Go.
type RwLock[T any] struct {
	rw    sync.RWMutex
	value T
}

// NewRwLock returns an RwLock holding v: Vex's RwLock.new(v).
func NewRwLock[T any](v T) *RwLock[T] {
	return &RwLock[T]{value: v}
}

// Read waits until no writer holds or waits for l, takes a read lock and
// returns its guard: Vex's l.read().
func (l *RwLock[T]) Read() *ReadGuard[T] {
	l.rlock()
	return &ReadGuard[T]{value: &l.value, rw: &l.rw}
}

// rlock takes a read lock of l. It is kept out of line so that Read, with
// RLock inlined in it, stays within the inliner's budget: inlined, Read's
// guard does not escape and stays on the caller's stack.
//
//go:noinline
func (l *RwLock[T]) rlock() { l.rw.RLock() }

// Write waits until nobody holds l, takes the write lock and returns its
// guard: Vex's l.write().
func (l *RwLock[T]) Write() *Guard[T] {
	l.rw.Lock()
	return &Guard[T]{value: &l.value, rw: &l.rw}
}

// String returns the Vex type of l, as in RwLock<i32>.
func (l *RwLock[T]) String() string { return l.vexType() }

func (*RwLock[T]) vexType() string { return "RwLock<" + typeName[T]() + ">" }

// A ReadGuard is a read lock of an RwLock and the read access to its value.
// It releases its lock at most once, like a Guard, and using it after its
// Unlock panics in the same way.
type ReadGuard[T any] struct {
	value    *T
	rw       *sync.RWMutex
	released bool
}

// Get returns the protected value: Vex's guard.get().
func (g *ReadGuard[T]) Get() T {
	g.check()
	return *g.value
}

// Ptr returns a pointer to the protected value, for the calls of methods
// taking &self through the guard: g.Ptr().Method(a). Changing the value
// through it is a data race with the other readers.
func (g *ReadGuard[T]) Ptr() *T {
	g.check()
	return g.value
}

// Unlock releases the read lock if g still holds it, and does nothing
// otherwise.
func (g *ReadGuard[T]) Unlock() {
	if !g.released {
		g.released = true
		g.rw.RUnlock()
	}
}

// String returns the display form of the protected value, as
// Guard.String does.
func (g *ReadGuard[T]) String() string { return Display(g.Get()) }

// check panics if g has been released.
func (g *ReadGuard[T]) check() {
	if g.released {
		raise("use of a released lock guard")
	}
}

// A WaitGroup is a Vex WaitGroup from module "sync": a counter of pending
// tasks that Wait waits to reach zero. Generated code holds a *WaitGroup.
type WaitGroup struct {
	wg sync.WaitGroup
}

// NewWaitGroup returns a WaitGroup with a zero counter: Vex's WaitGroup.new().
func NewWaitGroup() *WaitGroup { return &WaitGroup{} }

// Add adds n, which may be negative, to the counter: Vex's wg.add(n).
// A counter that goes below zero panics, as in Go.
func (w *WaitGroup) Add(n int64) { w.wg.Add(int(n)) }

// Done subtracts one from the counter: Vex's wg.done().
func (w *WaitGroup) Done() { w.wg.Done() }

// Wait waits until the counter is zero: Vex's wg.wait().
func (w *WaitGroup) Wait() { w.wg.Wait() }

// String returns "WaitGroup".
func (w *WaitGroup) String() string { return w.vexType() }

func (*WaitGroup) vexType() string { return "WaitGroup" }

// A Once is a Vex Once from module "sync": it runs one function, once.
// Generated code holds a *Once.
type Once struct {
	once sync.Once
}

// NewOnce returns a Once that has not run a function: Vex's Once.new().
func NewOnce() *Once { return &Once{} }

// CallOnce calls f if no call of CallOnce on o has called a function yet:
// Vex's o.callOnce(f). Concurrent calls wait until the one that runs its
// function returns. If that function panics, o counts it as run.
func (o *Once) CallOnce(f func()) { o.once.Do(f) }

// String returns "Once".
func (o *Once) String() string { return o.vexType() }

func (*Once) vexType() string { return "Once" }

// A Barrier is a Vex Barrier from module "sync": Wait returns once n
// goroutines wait on it. It is cyclic: once the n have been released, the
// next n calls of Wait make the next generation. Generated code holds a
// *Barrier.
type Barrier struct {
	n     int64
	mu    sync.Mutex
	count int64         // the goroutines waiting in this generation
	gen   chan struct{} // closed to release this generation
}

// NewBarrier returns a Barrier for n goroutines: Vex's Barrier.new(n).
// With n 0 or 1 Wait never waits, as in Rust; a negative n panics as Panic
// does.
func NewBarrier(n int64) *Barrier {
	if n < 0 {
		raise("negative barrier count " + strconv.FormatInt(n, 10))
	}
	return &Barrier{n: n, gen: make(chan struct{})}
}

// Wait waits until n goroutines, this one included, have called Wait in
// the current generation: Vex's b.wait().
func (b *Barrier) Wait() {
	b.mu.Lock()
	b.count++
	if b.count >= b.n {
		close(b.gen)
		b.gen = make(chan struct{})
		b.count = 0
		b.mu.Unlock()
		return
	}
	gen := b.gen
	b.mu.Unlock()
	<-gen
}

// String returns "Barrier".
func (b *Barrier) String() string { return b.vexType() }

func (*Barrier) vexType() string { return "Barrier" }
