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
