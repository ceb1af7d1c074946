// Benchmarks of the Go that vex2go generates for select and for many
// suspended futures, beside the plain Go a person would write.
//
// CPU time per operation (user + system, of both goroutines), medians of 5
// runs of a fixed number of iterations on the project's machine (2-core
// AMD EPYC, go1.26.8), shared with other builds; see docs/performance.md:
//
//	                                          Go          vexrt       ratio
//	select over two receive cases, two        97 ns       84 ns       0.86
//	  producer goroutines                     (min 79)    (min 81)    (1.03)
//	select with a send case and a receive     125 ns      167 ns      1.33
//	  case, in one select that also watches
//	  for Close (BenchmarkSelectSend)
//	the same in two phases                                127 ns      1.01
//	  (BenchmarkSelectSendTwoPhase)           (min 106)   (min 119)   (1.12)
//	100,000 sleeping tasks, bytes per task    4290 B      4406 B      1.03
//	  (goroutine in time.Sleep vs spawned
//	  future in await sleep(50))

package vexrt_test

import (
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/vexlang/vex2go/vexrt"
)

// BenchmarkGoSelect receives b.N values from two channels with a select.
func BenchmarkGoSelect(b *testing.B) {
	x, y := make(chan int, benchCap), make(chan int, benchCap)
	go produce(b.N/2, func(i int) { x <- i })
	go produce(b.N-b.N/2, func(i int) { y <- i })
	sum := 0
	for range b.N {
		select {
		case v := <-x:
			sum += v
		case v := <-y:
			sum -= v
		}
	}
}

// BenchmarkSelect is the Go vex2go generates for
//
//	select { v = <-x => ..., v = <-y => ... }
func BenchmarkSelect(b *testing.B) {
	x, y := vexrt.NewChannel[int](benchCap), vexrt.NewChannel[int](benchCap)
	go produce(b.N/2, func(i int) { x.Send(i) })
	go produce(b.N-b.N/2, func(i int) { y.Send(i) })
	sum := 0
	for range b.N {
		select {
		case v := <-x.RecvChan():
			sum += v
		case v := <-y.RecvChan():
			sum -= v
		}
	}
}

// BenchmarkGoSelectSend sends b.N values with a select that also watches a
// quit channel.
func BenchmarkGoSelectSend(b *testing.B) {
	out, quit := make(chan int, benchCap), make(chan struct{})
	go func() {
		for range b.N {
			<-out
		}
	}()
	for i := range b.N {
		select {
		case out <- i:
		case <-quit:
		}
	}
}

// BenchmarkSelectSend is the Go vex2go generates for
//
//	select { out <- i => ..., _ = <-quit => ... }
func BenchmarkSelectSend(b *testing.B) {
	out, quit := vexrt.NewChannel[int](benchCap), vexrt.NewChannel[struct{}](0)
	go func() {
		for range b.N {
			out.Recv()
		}
	}()
	for i := range b.N {
		for {
			send, closed := out.BeginSend()
			select {
			case send <- i:
				out.EndSend()
			case <-quit.RecvChan():
				out.EndSend()
			case <-closed:
				out.EndSend()
				continue
			}
			break
		}
	}
}

// BenchmarkSelectSendTwoPhase is the shape the lowering should emit for
// the same select (see the package documentation): a first select without
// waiting and without the case that watches for Close, then a waiting one
// with it, and the case bodies after EndSend.
func BenchmarkSelectSendTwoPhase(b *testing.B) {
	out, quit := vexrt.NewChannel[int](benchCap), vexrt.NewChannel[struct{}](0)
	go func() {
		for range b.N {
			out.Recv()
		}
	}()
	for i := range b.N {
		for {
			send, closed := out.BeginSend()
			chosen := 0
			select {
			case send <- i:
				chosen = 1
			case <-quit.RecvChan():
				chosen = 2
			default:
				select {
				case send <- i:
					chosen = 1
				case <-quit.RecvChan():
					chosen = 2
				case <-closed:
				}
			}
			out.EndSend()
			if chosen == 0 {
				continue
			}
			break
		}
	}
}

func produce(n int, send func(int)) {
	for i := range n {
		send(i)
	}
}

const sleepers = 100_000

// BenchmarkGoSleepers measures the memory of 100,000 goroutines in
// time.Sleep, reported as bytes per goroutine.
func BenchmarkGoSleepers(b *testing.B) {
	for range b.N {
		var wg sync.WaitGroup
		release := make(chan struct{})
		perTask := measure(func() {
			for range sleepers {
				wg.Add(1)
				go func() {
					defer wg.Done()
					time.Sleep(50 * time.Millisecond)
					<-release
				}()
			}
		})
		close(release)
		wg.Wait()
		b.ReportMetric(perTask, "B/task")
	}
}

// BenchmarkSleepers measures the memory of 100,000 spawned futures
// suspended in `await sleep(50)`, as vex2go generates them.
func BenchmarkSleepers(b *testing.B) {
	for range b.N {
		release := make(chan struct{})
		futures := make([]*vexrt.Future[vexrt.Unit], 0, sleepers)
		perTask := measure(func() {
			for range sleepers {
				futures = append(futures, vexrt.Spawn(vexrt.Async(func() vexrt.Unit {
					vexrt.Sleep(50).Await()
					<-release
					return vexrt.Unit{}
				})))
			}
		})
		close(release)
		for _, f := range futures {
			f.Await()
		}
		b.ReportMetric(perTask, "B/task")
	}
}

// measure runs start, lets the tasks it starts settle, and returns the
// memory in use per task: heap plus goroutine stacks.
func measure(start func()) float64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start()
	time.Sleep(20 * time.Millisecond)
	runtime.ReadMemStats(&after)
	used := (after.HeapInuse + after.StackInuse) - (before.HeapInuse + before.StackInuse)
	return float64(used) / sleepers
}
