// Benchmarks of the "sync" and "sync/atomic" runtime against the plain Go
// it replaces: BenchmarkGoX measures the Go construct and BenchmarkX the
// vexrt one.
//
// FIGURES

package vexrt_test

import (
	"sync"
	"sync/atomic"
	"testing"

	"github.com/vexlang/vex2go/vexrt"
)

var syncSink int64

func BenchmarkGoMutex(b *testing.B) {
	var mu sync.Mutex
	var x int64
	for range b.N {
		mu.Lock()
		x++
		mu.Unlock()
	}
	syncSink = x
}

func BenchmarkMutexGuard(b *testing.B) {
	m := vexrt.NewMutex(int64(0))
	for range b.N {
		g := m.Lock()
		g.Set(g.Get() + 1)
		g.Unlock()
	}
	syncSink = vexrt.WithLockResult(m, func(v *int64) int64 { return *v })
}

func BenchmarkGoMutexDefer(b *testing.B) {
	var mu sync.Mutex
	var x int64
	for range b.N {
		func() {
			mu.Lock()
			defer mu.Unlock()
			x++
		}()
	}
	syncSink = x
}

// BenchmarkMutexGuardDefer is a guard as generated code writes one whose
// Vex scope is a block: a function literal deferring Unlock.
func BenchmarkMutexGuardDefer(b *testing.B) {
	m := vexrt.NewMutex(int64(0))
	for range b.N {
		func() {
			g := m.Lock()
			defer g.Unlock()
			*g.Ptr() += 1
		}()
	}
	syncSink = vexrt.WithLockResult(m, func(v *int64) int64 { return *v })
}

func BenchmarkMutexWithLock(b *testing.B) {
	m := vexrt.NewMutex(int64(0))
	for range b.N {
		m.WithLock(func(v *int64) { *v += 1 })
	}
	syncSink = vexrt.WithLockResult(m, func(v *int64) int64 { return *v })
}

func BenchmarkGoMutexParallel(b *testing.B) {
	var mu sync.Mutex
	var x int64
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			mu.Lock()
			x++
			mu.Unlock()
		}
	})
	syncSink = x
}

func BenchmarkMutexGuardParallel(b *testing.B) {
	m := vexrt.NewMutex(int64(0))
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			g := m.Lock()
			g.Set(g.Get() + 1)
			g.Unlock()
		}
	})
	syncSink = vexrt.WithLockResult(m, func(v *int64) int64 { return *v })
}

func BenchmarkGoAtomicAdd(b *testing.B) {
	var a atomic.Int64
	for range b.N {
		a.Add(1)
	}
	syncSink = a.Load()
}

func BenchmarkAtomicFetchAdd(b *testing.B) {
	a := vexrt.NewAtomicI64(0)
	for range b.N {
		a.FetchAdd(1)
	}
	syncSink = a.Load()
}

func BenchmarkGoAtomicAddParallel(b *testing.B) {
	var a atomic.Int64
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			a.Add(1)
		}
	})
	syncSink = a.Load()
}

func BenchmarkAtomicFetchAddParallel(b *testing.B) {
	a := vexrt.NewAtomicI64(0)
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			a.FetchAdd(1)
		}
	})
	syncSink = a.Load()
}
