// Benchmarks of vexrt against the plain Go it replaces: BenchmarkGoX measures
// the Go construct and BenchmarkX the vexrt one.
//
// Medians of 5 to 16 runs on the project's machine (2-core AMD EPYC,
// linux/amd64, go1.26.8), a machine shared with other builds. The
// two-goroutine buffered figures are bimodal (about 34 and 47 ns for both),
// so that pair was run alternately, 16 times each.
//
//	                                             Go        vexrt     ratio
//	Channel buffered (cap 128), producer and     34.9 ns   37.7 ns   1.08
//	  consumer goroutines (Send, Recv)
//	Channel unbuffered, two goroutines           114.1 ns  123.0 ns  1.08
//	Channel send then receive, cap 1, one        28.7 ns   31.7 ns   1.10
//	  goroutine
//	Await an unstarted future (Go: a call)       1.2 ns    14.2 ns
//	Async and Await (Async allocates 64 B,                 30.8 ns
//	  20.3 ns)
//	Await a done future                                    1.5 ns
//	Start and Await (Go: a goroutine sending     357 ns    440 ns
//	  on a new channel)
//	Float (Go: strconv.FormatFloat 'f', 6)       49.4 ns   49.8 ns
//	FloatToInt[uint8] of 1024 float64s (Go:      2.26 µs   2.23 µs   0.99
//	  uint8(x), which the platform defines
//	  out of range)
//
// Send, receive and Await allocate nothing. Registering every send with two
// atomic operations and waiting in a select, as race-enabled builds do (see
// channel_send_race.go), measured 1.26 to 1.29, 1.36 to 1.38 and 1.35 to 1.37
// times Go for the three channel rows, which is why the other builds send
// directly and recover from the panic of a send that races with Close
// (channel_send.go).

package vexrt_test

import (
	"strconv"
	"testing"

	"github.com/vexlang/vex2go/vexrt"
)

const benchCap = 128

func BenchmarkGoChanBuffered(b *testing.B) {
	ch := make(chan int, benchCap)
	go func() {
		for i := range b.N {
			ch <- i
		}
		close(ch)
	}()
	for range ch {
	}
}

func BenchmarkChannelBuffered(b *testing.B) {
	ch := vexrt.NewChannel[int](benchCap)
	go func() {
		for i := range b.N {
			ch.Send(i)
		}
		ch.Close()
	}()
	for ch.Recv().IsSome() {
	}
}

func BenchmarkGoChanUnbuffered(b *testing.B) {
	ch := make(chan int)
	go func() {
		for i := range b.N {
			ch <- i
		}
		close(ch)
	}()
	for range ch {
	}
}

func BenchmarkChannelUnbuffered(b *testing.B) {
	ch := vexrt.NewChannel[int](0)
	go func() {
		for i := range b.N {
			ch.Send(i)
		}
		ch.Close()
	}()
	for ch.Recv().IsSome() {
	}
}

func BenchmarkGoChanSameGoroutine(b *testing.B) {
	ch := make(chan int, 1)
	for i := 0; b.Loop(); i++ {
		ch <- i
		<-ch
	}
}

func BenchmarkChannelSameGoroutine(b *testing.B) {
	ch := vexrt.NewChannel[int](1)
	for i := 0; b.Loop(); i++ {
		ch.Send(i)
		ch.Recv()
	}
}

//go:noinline
func work() int { return 42 }

func BenchmarkGoCall(b *testing.B) {
	for b.Loop() {
		work()
	}
}

var futureSink *vexrt.Future[int]

func BenchmarkFutureAwait(b *testing.B) {
	for b.Loop() {
		f := vexrt.Async(work)
		futureSink = f
		f.Await()
	}
}

// BenchmarkFutureAwaitUnstarted measures Await alone: it builds the futures
// in batches, outside the timed part.
func BenchmarkFutureAwaitUnstarted(b *testing.B) {
	fs := make([]*vexrt.Future[int], 1024)
	for n := b.N; n > 0; n -= len(fs) {
		b.StopTimer()
		for i := range fs {
			fs[i] = vexrt.Async(work)
		}
		b.StartTimer()
		for _, f := range fs[:min(n, len(fs))] {
			f.Await()
		}
	}
}

func BenchmarkFutureAsync(b *testing.B) {
	for b.Loop() {
		futureSink = vexrt.Async(work)
	}
}

func BenchmarkFutureAwaitDone(b *testing.B) {
	f := vexrt.Ready(42)
	for b.Loop() {
		f.Await()
	}
}

func BenchmarkGoGoroutine(b *testing.B) {
	for b.Loop() {
		ch := make(chan int, 1)
		go func() { ch <- work() }()
		<-ch
	}
}

func BenchmarkFutureStartAwait(b *testing.B) {
	for b.Loop() {
		vexrt.Async(work).Start().Await()
	}
}

var sink string

func BenchmarkGoStrconvFloat(b *testing.B) {
	for b.Loop() {
		sink = strconv.FormatFloat(78.53975, 'f', 6, 64)
	}
}

func BenchmarkFloat(b *testing.B) {
	for b.Loop() {
		sink = vexrt.Float(78.53975)
	}
}

func BenchmarkDisplaySlice(b *testing.B) {
	s := []int32{1, 2, 3, 4, 5}
	for b.Loop() {
		sink = vexrt.Display(s)
	}
}

var boolsSink []bool

// BenchmarkRepeatZero makes a Vec of a million zero values, as the sieve
// of the bench set does with [false; n + 1]: Repeat leaves the zeroing to
// make, as Go's make([]bool, n) does.
func BenchmarkRepeatZero(b *testing.B) {
	b.Run("go", func(b *testing.B) {
		for b.Loop() {
			boolsSink = make([]bool, 1<<20)
		}
	})
	b.Run("vexrt", func(b *testing.B) {
		for b.Loop() {
			boolsSink = vexrt.Repeat(false, 1<<20)
		}
	})
}

// chainCall and chainAsync are a chain of 10 calls: plain Go, and the Go
// that vex2go generates for an async fn that awaits itself,
//
//	async fn step(x: i64, depth: i64): i64 {
//		if depth == 0 { return x }
//		let v = await step(x + 1, depth - 1)
//		v + 1
//	}
//
//go:noinline
func chainCall(x, depth int64) int64 {
	if depth == 0 {
		return x
	}
	return chainCall(x+1, depth-1) + 1
}

func chainAsync(x, depth int64) *vexrt.Future[int64] {
	return vexrt.Async(func() int64 {
		if depth == 0 {
			return x
		}
		v := chainAsync(x+1, depth-1).Await()
		return v + 1
	})
}

// chainSync is the body function that vex2go generates for step since it
// awaits itself directly: await step(x + 1, depth - 1) is a plain call.
//
//go:noinline
func chainSync(x, depth int64) int64 {
	if depth == 0 {
		return x
	}
	v := chainSync(x+1, depth-1)
	return v + 1
}

// BenchmarkAwaitChain awaits a chain of 10 awaits of direct async calls.
// Through futures ("vexrt") each costs a future, a closure and a deferred
// recover; the lowering calls the body as a plain function instead
// ("vex2go": chainSync), which costs what plain calls ("go") cost.
func BenchmarkAwaitChain(b *testing.B) {
	var sum int64
	b.Run("go", func(b *testing.B) {
		for i := int64(0); b.Loop(); i++ {
			sum += chainCall(i, 10)
		}
	})
	b.Run("vexrt", func(b *testing.B) {
		for i := int64(0); b.Loop(); i++ {
			sum += chainAsync(i, 10).Await()
		}
	})
	b.Run("vex2go", func(b *testing.B) {
		for i := int64(0); b.Loop(); i++ {
			sum += chainSync(i, 10)
		}
	})
}

var floatsToConvert = func() []float64 {
	xs := make([]float64, 1024)
	for i := range xs {
		xs[i] = float64(i) * 0.37
	}
	return xs
}()

func BenchmarkGoFloatToUint8(b *testing.B) {
	var sum uint8
	for b.Loop() {
		for _, x := range floatsToConvert {
			sum += uint8(x)
		}
	}
	byteSink = sum
}

func BenchmarkFloatToUint8(b *testing.B) {
	var sum uint8
	for b.Loop() {
		for _, x := range floatsToConvert {
			sum += vexrt.FloatToInt[uint8](x)
		}
	}
	byteSink = sum
}

var byteSink uint8
