package vexrt_test

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/vexlang/vex2go/vexrt"
)

// Concurrency of the tests that hammer a type from many goroutines.
const (
	syncWorkers = 8
	syncRounds  = 1000
)

// inParallel runs f(i) on n goroutines, i from 0 to n-1, and waits for them.
func inParallel(n int, f func(i int)) {
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { f(i) })
	}
	wg.Wait()
}

// waitOrFail waits for c to be closed, and fails the test if that takes
// longer than a delay that only a deadlock can explain.
func waitOrFail(t *testing.T, c <-chan struct{}, what string) {
	t.Helper()
	select {
	case <-c:
	case <-time.After(10 * time.Second):
		t.Fatalf("%s: still waiting after 10s", what)
	}
}

// stillBlocked reports whether c stays open for a short while. A true
// result proves little on a loaded machine, but a false one proves that
// whatever closes c did not wait.
func stillBlocked(c <-chan struct{}) bool {
	select {
	case <-c:
		return false
	case <-time.After(20 * time.Millisecond):
		return true
	}
}

func TestMutexGuardIncrements(t *testing.T) {
	m := vexrt.NewMutex(int32(0))
	inParallel(syncWorkers, func(int) {
		for range syncRounds {
			g := m.Lock()
			g.Set(g.Get() + 1)
			g.Unlock()
		}
	})
	g := m.Lock()
	defer g.Unlock()
	if got := g.Get(); got != syncWorkers*syncRounds {
		t.Errorf("counter = %d, want %d", got, syncWorkers*syncRounds)
	}
}

func TestMutexDeferredUnlock(t *testing.T) {
	m := vexrt.NewMutex(int64(0))
	// As generated code writes a guard whose scope is a loop body: the
	// scope is a function literal that defers Unlock, and the explicit
	// unlock() of the Vex code comes before it.
	inParallel(syncWorkers, func(i int) {
		for j := range syncRounds {
			func() {
				g := m.Lock()
				defer g.Unlock()
				*g.Ptr() += 1
				if (i+j)%2 == 0 {
					g.Unlock()
				}
			}()
		}
	})
	if got := vexrt.WithLockResult(m, func(v *int64) int64 { return *v }); got != syncWorkers*syncRounds {
		t.Errorf("counter = %d, want %d", got, syncWorkers*syncRounds)
	}
}

func TestMutexWithLock(t *testing.T) {
	m := vexrt.NewMutex(0)
	var prev sync.Map
	inParallel(syncWorkers, func(i int) {
		for range syncRounds {
			if i%2 == 0 {
				m.WithLock(func(v *int) { *v += 1 })
				continue
			}
			p := vexrt.WithLockResult(m, func(v *int) int {
				*v += 1
				return *v - 1
			})
			if _, dup := prev.LoadOrStore(p, true); dup {
				t.Errorf("two increments saw %d", p)
			}
		}
	})
	m.WithLock(func(v *int) {
		if *v != syncWorkers*syncRounds {
			t.Errorf("counter = %d, want %d", *v, syncWorkers*syncRounds)
		}
	})
}

func TestMutexWithLockPanicReleases(t *testing.T) {
	m := vexrt.NewMutex("a")
	if v := recovered(func() { m.WithLock(func(*string) { panic("boom") }) }); v != "boom" {
		t.Fatalf("recovered %v, want boom", v)
	}
	if v := recovered(func() { vexrt.WithLockResult(m, func(*string) int { panic("bang") }) }); v != "bang" {
		t.Fatalf("recovered %v, want bang", v)
	}
	done := make(chan struct{})
	go func() {
		m.Lock().Unlock()
		close(done)
	}()
	waitOrFail(t, done, "Lock after a panic in WithLock")
}

type bumper struct{ n int }

func (c *bumper) bump() { c.n++ }

func TestGuardMethodCall(t *testing.T) {
	m := vexrt.NewMutex(bumper{})
	g := m.Lock()
	g.Ptr().bump()
	g.Ptr().bump()
	if got := g.Get(); got.n != 2 {
		t.Errorf("n = %d after two bumps through the guard, want 2", got.n)
	}
	g.Unlock()
}

func TestGuardDoubleUnlock(t *testing.T) {
	m := vexrt.NewMutex(1)
	l := vexrt.NewRwLock(1)
	tests := []struct {
		name    string
		lock    func() (unlock func()) // takes a guard
		contend func()                 // takes and releases the lock exclusively
	}{
		{"Mutex", func() func() { return m.Lock().Unlock }, func() { m.Lock().Unlock() }},
		{"RwLock write", func() func() { return l.Write().Unlock }, func() { l.Write().Unlock() }},
		{"RwLock read", func() func() { return l.Read().Unlock }, func() { l.Write().Unlock() }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stale := tt.lock()
			stale()
			stale() // a no-op, not a release of an unlocked lock

			held := tt.lock()
			stale() // must not release held's lock
			acquired := make(chan struct{})
			go func() {
				tt.contend()
				close(acquired)
			}()
			if !stillBlocked(acquired) {
				t.Fatal("a stale guard's Unlock released another guard's lock")
			}
			held() // a second release of the lock would be a fatal error here
			waitOrFail(t, acquired, "the lock after Unlock")
			held()
		})
	}
}

func TestGuardUseAfterUnlock(t *testing.T) {
	m := vexrt.NewMutex(3)
	l := vexrt.NewRwLock(3)
	g := m.Lock()
	g.Unlock()
	w := l.Write()
	w.Unlock()
	r := l.Read()
	r.Unlock()
	const msg = "use of a released lock guard"
	tests := []struct {
		name string
		f    func()
	}{
		{"Get", func() { g.Get() }},
		{"Set", func() { g.Set(4) }},
		{"Ptr", func() { g.Ptr() }},
		{"String", func() { _ = g.String() }},
		{"write Get", func() { w.Get() }},
		{"read Get", func() { r.Get() }},
		{"read Ptr", func() { r.Ptr() }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkPanic(t, tt.f, msg) })
	}
}

func TestRwLockReadersShare(t *testing.T) {
	l := vexrt.NewRwLock("shared")
	// Every reader holds its read lock until all readers hold theirs,
	// which only concurrent readers can do.
	var holding sync.WaitGroup
	holding.Add(syncWorkers)
	all := make(chan struct{})
	go func() {
		holding.Wait()
		close(all)
	}()
	var done sync.WaitGroup
	for range syncWorkers {
		done.Go(func() {
			r := l.Read()
			defer r.Unlock()
			holding.Done()
			<-all
			if r.Get() != "shared" || *r.Ptr() != "shared" {
				t.Error("a reader saw another value")
			}
		})
	}
	waitOrFail(t, all, "readers holding the lock together")
	done.Wait()
}

func TestRwLockWriterExclusive(t *testing.T) {
	type pair struct{ a, b int }
	l := vexrt.NewRwLock(pair{})
	var readers, writers atomic.Int32
	inParallel(syncWorkers, func(i int) {
		for range syncRounds / 4 {
			if i%2 == 0 {
				w := l.Write()
				if writers.Add(1) != 1 || readers.Load() != 0 {
					t.Error("a writer shares the lock")
				}
				p := w.Get()
				p.a++
				w.Set(p)
				w.Ptr().b++
				writers.Add(-1)
				w.Unlock()
				continue
			}
			r := l.Read()
			readers.Add(1)
			if writers.Load() != 0 {
				t.Error("a reader shares the lock with a writer")
			}
			if p := r.Get(); p.a != p.b {
				t.Errorf("a reader saw a half-written %+v", p)
			}
			readers.Add(-1)
			r.Unlock()
		}
	})
	r := l.Read()
	defer r.Unlock()
	if p, want := r.Get(), syncWorkers/2*syncRounds/4; p.a != want || p.b != want {
		t.Errorf("value %+v, want both %d", p, want)
	}
}

func TestRwLockWriterWaitsForReader(t *testing.T) {
	l := vexrt.NewRwLock(0)
	r := l.Read()
	written := make(chan struct{})
	go func() {
		w := l.Write()
		w.Set(1)
		w.Unlock()
		close(written)
	}()
	if !stillBlocked(written) {
		t.Fatal("Write did not wait for the reader")
	}
	if r.Get() != 0 {
		t.Error("the value changed under a read lock")
	}
	r.Unlock()
	waitOrFail(t, written, "Write after the reader's Unlock")
	if r := l.Read(); r.Get() != 1 {
		t.Error("the write is not seen")
	} else {
		r.Unlock()
	}
}

func TestWaitGroup(t *testing.T) {
	wg := vexrt.NewWaitGroup()
	var finished atomic.Int32
	wg.Add(syncWorkers - 2)
	wg.Add(2)
	for range syncWorkers {
		go func() {
			defer wg.Done()
			time.Sleep(time.Millisecond)
			finished.Add(1)
		}()
	}
	wg.Wait()
	if n := finished.Load(); n != syncWorkers {
		t.Errorf("Wait returned after %d of %d tasks", n, syncWorkers)
	}
	wg.Wait() // a zero counter does not wait
	if recovered(func() { wg.Add(-1) }) == nil {
		t.Error("a negative counter did not panic")
	}
}

func TestOnceConcurrent(t *testing.T) {
	o := vexrt.NewOnce()
	var runs atomic.Int32
	var ran atomic.Bool
	inParallel(4*syncWorkers, func(int) {
		o.CallOnce(func() {
			runs.Add(1)
			time.Sleep(5 * time.Millisecond)
			ran.Store(true)
		})
		if !ran.Load() {
			t.Error("CallOnce returned before the function completed")
		}
	})
	o.CallOnce(func() { runs.Add(1) })
	if n := runs.Load(); n != 1 {
		t.Errorf("%d runs, want 1", n)
	}
}

func TestBarrierGenerations(t *testing.T) {
	const n, generations = 6, 200
	b := vexrt.NewBarrier(n)
	var arrived [generations]atomic.Int32
	var early atomic.Int32 // releases before all n arrived
	endsWithin(t, "Barrier generations", func() {
		inParallel(n, func(int) {
			for g := range generations {
				arrived[g].Add(1)
				b.Wait()
				if arrived[g].Load() != n {
					early.Add(1)
				}
			}
		})
	})
	if e := early.Load(); e != 0 {
		t.Errorf("%d of %d waits returned before all %d goroutines arrived", e, n*generations, n)
	}
}

func TestBarrierWaitsForAll(t *testing.T) {
	b := vexrt.NewBarrier(2)
	released := make(chan struct{})
	go func() {
		b.Wait()
		close(released)
	}()
	if !stillBlocked(released) {
		t.Fatal("Wait returned with 1 of 2 goroutines")
	}
	b.Wait()
	waitOrFail(t, released, "Barrier with 2 of 2 goroutines")
}

func TestBarrierSmall(t *testing.T) {
	for _, n := range []int64{0, 1} {
		b := vexrt.NewBarrier(n)
		b.Wait()
		b.Wait()
	}
	checkPanic(t, func() { vexrt.NewBarrier(-3) }, "negative barrier count -3")
}

func TestSyncDisplay(t *testing.T) {
	m := vexrt.NewMutex(int32(5))
	g := vexrt.NewMutex("text").Lock()
	defer g.Unlock()
	l := vexrt.NewRwLock([]float64{1.5})
	r := l.Read()
	defer r.Unlock()
	tests := []struct {
		v    any
		want string
	}{
		{m, "Mutex<i32>"},
		{vexrt.NewRwLock("s"), "RwLock<string>"},
		{vexrt.NewMutex(vexrt.NewWaitGroup()), "Mutex<WaitGroup>"},
		{vexrt.NewWaitGroup(), "WaitGroup"},
		{vexrt.NewOnce(), "Once"},
		{vexrt.NewBarrier(2), "Barrier"},
		{g, "text"},
		{r, "[1.5]"},
		{vexrt.NewChannel[*vexrt.Mutex[int64]](0), "Channel<Mutex<i64>>"},
		{vexrt.Some(m), "Some(Mutex<i32>)"},
	}
	for _, tt := range tests {
		if got := vexrt.Display(tt.v); got != tt.want {
			t.Errorf("Display(%T) = %q, want %q", tt.v, got, tt.want)
		}
	}
}

var lockSink int64

// TestSyncAllocs is the allocation ceiling of locking and atomics: a guard
// that does not escape stays on the stack.
func TestSyncAllocs(t *testing.T) {
	m := vexrt.NewMutex(int64(0))
	rw := vexrt.NewRwLock(int64(0))
	a := vexrt.NewAtomicI64(0)
	allocs := testing.AllocsPerRun(1000, func() {
		g := m.Lock()
		*g.Ptr() += 1
		g.Set(g.Get() + 1)
		g.Unlock()
		m.WithLock(func(v *int64) { *v += 1 })
		r := rw.Read()
		lockSink += r.Get()
		r.Unlock()
		w := rw.Write()
		w.Set(lockSink)
		w.Unlock()
		lockSink += a.FetchAdd(1) + a.Load()
		a.Store(lockSink)
		a.CompareExchange(lockSink, 0)
	})
	if allocs != 0 {
		t.Errorf("locks, guards and atomics allocate %v times per run, want 0", allocs)
	}
}
