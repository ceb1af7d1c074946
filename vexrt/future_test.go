package vexrt_test

import (
	"context"
	"errors"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/vexlang/vex2go/vexrt"
)

// onStack reports whether the function named fn is on the calling goroutine's stack.
func onStack(fn string) bool {
	pcs := make([]uintptr, 64)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(1, pcs)])
	for {
		f, more := frames.Next()
		if strings.HasSuffix(f.Function, "."+fn) {
			return true
		}
		if !more {
			return false
		}
	}
}

func TestFutureIsLazy(t *testing.T) {
	runs := 0
	f := vexrt.Async(func() int {
		runs++
		if !onStack("TestFutureIsLazy") {
			t.Error("an unstarted future did not run on the awaiting goroutine")
		}
		return 42
	})
	if runs != 0 || f.Done() {
		t.Fatal("Async ran the body before Await")
	}
	if v := f.Await(); v != 42 {
		t.Errorf("Await = %d, want 42", v)
	}
	if v := f.Await(); v != 42 || runs != 1 || !f.Done() {
		t.Errorf("second Await = %d after %d runs, want 42 after 1", v, runs)
	}
}

func TestReady(t *testing.T) {
	f := vexrt.Ready("x")
	if !f.Done() || f.Await() != "x" || f.Start() != f {
		t.Error("Ready future is not done with its value")
	}
}

func TestFutureStart(t *testing.T) {
	started := make(chan struct{})
	f := vexrt.Async(func() int {
		close(started)
		return 7
	})
	if vexrt.Spawn(f) != f {
		t.Fatal("Spawn did not return its future")
	}
	<-started // runs without anyone awaiting
	f.Start()
	if v := f.Await(); v != 7 {
		t.Errorf("Await = %d, want 7", v)
	}
}

func TestFutureManyAwaiters(t *testing.T) {
	const n = 50
	var runs atomic.Int32
	release := make(chan struct{})
	f := vexrt.Async(func() int {
		runs.Add(1)
		<-release
		return 99
	})
	var wg sync.WaitGroup
	got := make([]int, n)
	for i := range n {
		wg.Go(func() { got[i] = f.Await() })
	}
	time.Sleep(time.Millisecond) // let some awaiters wait; the test passes either way
	close(release)
	wg.Wait()
	if runs.Load() != 1 {
		t.Errorf("body ran %d times, want 1", runs.Load())
	}
	for i, v := range got {
		if v != 99 {
			t.Fatalf("awaiter %d got %d, want 99", i, v)
		}
	}
}

// recovered calls f and returns the value it panics with.
func recovered(f func()) (v any) {
	defer func() { v = recover() }()
	f()
	return nil
}

func TestFuturePanicInEachAwaiter(t *testing.T) {
	boom := errors.New("boom")
	release := make(chan struct{})
	f := vexrt.Async(func() int {
		<-release
		panic(boom)
	}).Start()
	const n = 20
	var wg sync.WaitGroup
	got := make([]any, n)
	for i := range n {
		wg.Go(func() { got[i] = recovered(func() { f.Await() }) })
	}
	close(release)
	wg.Wait()
	for i, v := range got {
		if v != boom {
			t.Errorf("awaiter %d recovered %v, want %v", i, v, boom)
		}
	}
	if v := recovered(func() { f.Await() }); v != boom || !f.Done() {
		t.Errorf("a late awaiter recovered %v, want %v", v, boom)
	}
}

func TestFuturePanicInline(t *testing.T) {
	f := vexrt.Async(func() string { vexrt.Panic("inline"); return "" })
	for range 2 {
		v := recovered(func() { f.Await() })
		if e, ok := v.(*vexrt.PanicError); !ok || e.Msg != "inline" {
			t.Errorf("Await recovered %#v, want a *PanicError with message inline", v)
		}
	}
}

func TestJoinAll(t *testing.T) {
	const n = 8
	// Every future waits until all have started: JoinAll must run them concurrently.
	var wg sync.WaitGroup
	wg.Add(n)
	fs := make([]*vexrt.Future[int], n)
	for i := range fs {
		fs[i] = vexrt.Async(func() int {
			wg.Done()
			wg.Wait()
			time.Sleep(time.Duration(n-i) * time.Millisecond) // finish in reverse order
			return i * i
		})
	}
	all := vexrt.JoinAll(fs)
	fs[0] = nil // JoinAll keeps its own copy
	want := []int{0, 1, 4, 9, 16, 25, 36, 49}
	if got := all.Await(); !slices.Equal(got, want) {
		t.Errorf("JoinAll = %v, want %v", got, want)
	}
	if got := vexrt.JoinAll[int](nil).Await(); len(got) != 0 {
		t.Errorf("JoinAll(nil) = %v, want []", got)
	}
}

func TestJoinAllPanic(t *testing.T) {
	fs := []*vexrt.Future[int]{
		vexrt.Ready(1),
		vexrt.Async(func() int { vexrt.Panic("second"); return 0 }),
	}
	v := recovered(func() { vexrt.JoinAll(fs).Await() })
	if e, ok := v.(*vexrt.PanicError); !ok || e.Msg != "second" {
		t.Errorf("JoinAll recovered %#v, want the panic of its second future", v)
	}
}

func TestTimeout(t *testing.T) {
	fast := vexrt.Timeout(vexrt.Async(func() int { return 5 }), 60_000)
	if got := fast.Await(); got != vexrt.Some(5) {
		t.Errorf("Timeout of a fast future = %v, want Some(5)", got)
	}
	if got := vexrt.Timeout(vexrt.Ready(6), 0).Await(); got != vexrt.Some(6) {
		t.Errorf("Timeout of a done future = %v, want Some(6)", got)
	}

	release := make(chan struct{})
	slow := vexrt.Async(func() int { <-release; return 1 })
	if got := vexrt.Timeout(slow, 10).Await(); got != vexrt.None[int]() {
		t.Errorf("Timeout of a blocked future = %v, want None", got)
	}
	close(release) // the slow future keeps running after its timeout
	if slow.Await() != 1 {
		t.Error("the future of a timeout did not finish")
	}

	failing := vexrt.Async(func() int { panic("late") })
	if v := recovered(func() { vexrt.Timeout(failing, 60_000).Await() }); v != "late" {
		t.Errorf("Timeout of a panicking future recovered %v, want late", v)
	}
}

func TestSleep(t *testing.T) {
	start := time.Now()
	f := vexrt.Sleep(20)
	if f.Done() {
		t.Fatal("Sleep started before it was awaited")
	}
	if f.Await() != (vexrt.Unit{}) {
		t.Error("Sleep did not yield ()")
	}
	if d := time.Since(start); d < 20*time.Millisecond {
		t.Errorf("Sleep(20) took %v", d)
	}

	start = time.Now()
	vexrt.SleepDuration(20 * time.Millisecond).Await()
	if d := time.Since(start); d < 20*time.Millisecond {
		t.Errorf("SleepDuration(20ms) took %v", d)
	}
}

func TestTimeoutDuration(t *testing.T) {
	if got := vexrt.TimeoutDuration(vexrt.Ready(6), time.Minute).Await(); got != vexrt.Some(6) {
		t.Errorf("TimeoutDuration of a done future = %v, want Some(6)", got)
	}
	release := make(chan struct{})
	defer close(release)
	slow := vexrt.Async(func() int { <-release; return 1 })
	if got := vexrt.TimeoutDuration(slow, 10*time.Millisecond).Await(); got != vexrt.None[int]() {
		t.Errorf("TimeoutDuration of a blocked future = %v, want None", got)
	}
}

func TestAwaitContext(t *testing.T) {
	v, err := vexrt.Async(func() int { return 3 }).AwaitContext(context.Background())
	if v != 3 || err != nil {
		t.Errorf("AwaitContext(Background) = %v, %v", v, err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	if v, err := vexrt.Ready(4).AwaitContext(ctx); v != 4 || err != nil {
		t.Errorf("AwaitContext of a done future = %v, %v", v, err)
	}
	if v, err := vexrt.Async(func() int { return 5 }).AwaitContext(ctx); v != 5 || err != nil {
		t.Errorf("AwaitContext = %v, %v", v, err)
	}

	release := make(chan struct{})
	blocked := vexrt.Async(func() int { <-release; return 6 })
	go cancel()
	if v, err := blocked.AwaitContext(ctx); v != 0 || !errors.Is(err, context.Canceled) {
		t.Errorf("AwaitContext after cancel = %v, %v", v, err)
	}
	if v, err := vexrt.Async(func() int { return 7 }).AwaitContext(ctx); v != 0 || !errors.Is(err, context.Canceled) {
		t.Errorf("AwaitContext with a canceled context = %v, %v", v, err)
	}
	close(release)
	if blocked.Await() != 6 {
		t.Error("the future did not finish")
	}
}

//go:noinline
func answer() int { return 42 }

// TestFutureAllocs checks the allocations of futures: one for the future of
// an async call, none for awaiting it, unstarted or done.
func TestFutureAllocs(t *testing.T) {
	if a := testing.AllocsPerRun(1000, func() { vexrt.Async(answer).Await() }); a > 1 {
		t.Errorf("Async and Await allocate %v times per run, want at most 1", a)
	}
	done := vexrt.Ready(1)
	if a := testing.AllocsPerRun(1000, func() { done.Await() }); a != 0 {
		t.Errorf("Await of a done future allocates %v times per run, want 0", a)
	}
}
