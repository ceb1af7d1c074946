package vexrt_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/vexlang/vex2go/vexrt"
)

// longMs is a delay in milliseconds that no test waits for: a wait that
// should end early but lasts this long fails its test.
const longMs = 60_000

// within fails the test unless f returns within 10 seconds, a bound that
// only a wait that did not end early can reach, also on a loaded machine.
func endsWithin(t *testing.T, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	waitOrFail(t, done, what)
}

func TestContextTree(t *testing.T) {
	bg := vexrt.Background()
	parent := vexrt.WithCancel(bg)
	child := vexrt.WithCancel(parent)
	timed := vexrt.WithTimeout(child, longMs)
	other := vexrt.WithTimeout(bg, longMs)
	defer vexrt.Cancel(other)
	check := func(when string, want map[*vexrt.Context]bool) {
		t.Helper()
		names := map[*vexrt.Context]string{bg: "background", parent: "parent", child: "child", timed: "timed", other: "other"}
		for ctx, done := range want {
			if vexrt.IsDone(ctx) != done {
				t.Errorf("%s: IsDone(%s) = %t, want %t", when, names[ctx], !done, done)
			}
		}
	}
	check("at first", map[*vexrt.Context]bool{bg: false, parent: false, child: false, timed: false, other: false})
	vexrt.Cancel(timed)
	check("after cancel(timed)", map[*vexrt.Context]bool{child: false, timed: true})
	vexrt.Cancel(bg) // does nothing
	check("after cancel(background)", map[*vexrt.Context]bool{bg: false, parent: false, other: false})
	vexrt.Cancel(parent)
	vexrt.Cancel(parent)
	check("after cancel(parent)", map[*vexrt.Context]bool{bg: false, parent: true, child: true, other: false})
	if late := vexrt.WithCancel(parent); !vexrt.IsDone(late) {
		t.Error("a context derived from a done one is not done")
	}
	if !errors.Is(child.GoContext().Err(), context.Canceled) {
		t.Errorf("GoContext().Err() = %v", child.GoContext().Err())
	}
}

func TestWithTimeoutFires(t *testing.T) {
	start := time.Now()
	ctx := vexrt.WithTimeout(vexrt.Background(), 30)
	defer vexrt.Cancel(ctx)
	waitOrFail(t, ctx.GoContext().Done(), "WithTimeout(30)")
	if d := time.Since(start); d < 30*time.Millisecond {
		t.Errorf("the timeout fired after %v, want at least 30ms", d)
	}
	if !vexrt.IsDone(ctx) || !errors.Is(ctx.GoContext().Err(), context.DeadlineExceeded) {
		t.Errorf("after the timeout: IsDone %t, Err %v", vexrt.IsDone(ctx), ctx.GoContext().Err())
	}
}

func TestSleepCtx(t *testing.T) {
	ctx := vexrt.WithCancel(vexrt.Background())
	go func() {
		time.Sleep(10 * time.Millisecond)
		vexrt.Cancel(ctx)
	}()
	endsWithin(t, "SleepCtx on a cancelled context", func() { vexrt.SleepCtx(ctx, longMs).Await() })
	if !vexrt.IsDone(ctx) {
		t.Error("SleepCtx ended before its context was done")
	}
	endsWithin(t, "SleepCtx on a done context", func() { vexrt.SleepCtx(ctx, longMs).Await() })

	start := time.Now()
	timed := vexrt.WithTimeout(vexrt.Background(), 20)
	defer vexrt.Cancel(timed)
	endsWithin(t, "SleepCtx on a timed-out context", func() { vexrt.SleepCtx(timed, longMs).Await() })
	if d := time.Since(start); d < 20*time.Millisecond {
		t.Errorf("SleepCtx ended after %v, before the 20ms timeout", d)
	}

	start = time.Now()
	vexrt.SleepCtx(vexrt.Background(), 15).Await()
	if d := time.Since(start); d < 15*time.Millisecond {
		t.Errorf("SleepCtx(background, 15) took %v", d)
	}
}

func TestDurationForms(t *testing.T) {
	start := time.Now()
	timed := vexrt.WithTimeoutDuration(vexrt.Background(), 20*time.Millisecond)
	defer vexrt.Cancel(timed)
	endsWithin(t, "SleepCtxDuration on a timed-out context", func() { vexrt.SleepCtxDuration(timed, time.Hour).Await() })
	if d := time.Since(start); d < 20*time.Millisecond {
		t.Errorf("SleepCtxDuration ended after %v, before the 20ms timeout", d)
	}
	if !vexrt.IsDone(timed) {
		t.Error("WithTimeoutDuration's context is not done after its timeout")
	}
}

func TestRunInCancelEndsAwait(t *testing.T) {
	ctx := vexrt.WithCancel(vexrt.Background())
	release := make(chan struct{})
	f := vexrt.Async(func() int {
		<-release
		return 1
	})
	go func() {
		time.Sleep(10 * time.Millisecond)
		vexrt.Cancel(ctx)
	}()
	var got vexrt.Option[int]
	endsWithin(t, "RunIn on a cancelled context", func() { got = vexrt.RunIn(ctx, f).Await() })
	if got.IsSome() {
		t.Errorf("RunIn = %v, want None", got)
	}
	close(release) // f keeps running, until its own wait ends
	if v := f.Await(); v != 1 {
		t.Errorf("f = %d after RunIn gave up, want 1", v)
	}
}

func TestRunInTimeout(t *testing.T) {
	// The Vex pattern: a worker that sleeps under its context, awaited
	// under the same context. Both the await and the worker's sleeps end
	// with the timeout, so the worker leaves no goroutine behind.
	start := time.Now()
	ctx := vexrt.WithTimeout(vexrt.Background(), 30)
	defer vexrt.Cancel(ctx)
	ticks := 0
	worker := vexrt.Async(func() int {
		for !vexrt.IsDone(ctx) {
			vexrt.SleepCtx(ctx, 5).Await()
			ticks++
		}
		return ticks
	})
	var got vexrt.Option[int]
	endsWithin(t, "RunIn with a 30ms timeout", func() { got = vexrt.RunIn(ctx, worker).Await() })
	if d := time.Since(start); d < 30*time.Millisecond {
		t.Errorf("RunIn ended after %v, before the timeout", d)
	}
	var n int
	endsWithin(t, "the worker's end", func() { n = worker.Await() })
	// The worker may have seen the timeout before RunIn did, or not: both
	// are right.
	if v, ok := got.Get(); ok && v != n {
		t.Errorf("RunIn = Some(%d), but the worker returned %d", v, n)
	}
}

func TestRunInCompletes(t *testing.T) {
	tests := []struct {
		name string
		ctx  func() *vexrt.Context
		f    func() *vexrt.Future[string]
		want vexrt.Option[string]
	}{
		{"background", vexrt.Background, func() *vexrt.Future[string] {
			return vexrt.Async(func() string { return "bg" })
		}, vexrt.Some("bg")},
		{"live context", func() *vexrt.Context {
			return vexrt.WithTimeout(vexrt.Background(), longMs)
		}, func() *vexrt.Future[string] {
			return vexrt.Async(func() string { return "live" })
		}, vexrt.Some("live")},
		{"done future, done context", func() *vexrt.Context {
			ctx := vexrt.WithCancel(vexrt.Background())
			vexrt.Cancel(ctx)
			return ctx
		}, func() *vexrt.Future[string] { return vexrt.Ready("ready") }, vexrt.Some("ready")},
		{"unstarted future, done context", func() *vexrt.Context {
			ctx := vexrt.WithCancel(vexrt.Background())
			vexrt.Cancel(ctx)
			return ctx
		}, func() *vexrt.Future[string] {
			return vexrt.Async(func() string {
				t.Error("a future started under a done context")
				return ""
			})
		}, vexrt.None[string]()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := tt.ctx()
			defer vexrt.Cancel(ctx)
			if got := vexrt.RunIn(ctx, tt.f()).Await(); got != tt.want {
				t.Errorf("RunIn = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestRunInPanic(t *testing.T) {
	ctx := vexrt.WithCancel(vexrt.Background())
	defer vexrt.Cancel(ctx)
	f := vexrt.Async(func() int { panic("inner") })
	if v := recovered(func() { vexrt.RunIn(ctx, f).Await() }); v != "inner" {
		t.Errorf("recovered %v, want inner", v)
	}
}

func TestContextDisplay(t *testing.T) {
	if got := vexrt.Display(vexrt.Background()); got != "Context" {
		t.Errorf("Display(background) = %q", got)
	}
	if got := vexrt.Display(vexrt.NewChannel[*vexrt.Context](1)); got != "Channel<Context>" {
		t.Errorf("Display(Channel<Context>) = %q", got)
	}
}
