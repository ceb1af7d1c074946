package vexrt_test

import (
	"runtime"
	"time"

	"github.com/vexlang/vex2go/vexrt"
)

// The functions in this file stand for code generated from a file demo.vx:
// the //line directives give them .vx positions, as vex2go's output has.

func panicMain() {
//line demo.vx:4
	vexrt.Panic("boom")
}

func indexMain() {
	s := []int{1, 2, 3}
	i := 5
//line demo.vx:10
	_ = s[i]
}

func assertMain() {
//line demo.vx:15
	vexrt.Assert(programEnv == "", "")
}

func todoMain() {
//line demo.vx:19
	vexrt.Todo("parser")
}

func channelMain() {
//line demo.vx:23
	vexrt.NewChannel[int](-2)
}

func unreachableMain() {
//line demo.vx:27
	vexrt.Unreachable()
}

var zero = 0

// futureMain awaits a future that awaits one that divides by zero.
func futureMain() {
	outer := vexrt.Async(func() int { return divide().Await() + 1 })
	outer.Await()
}

func divide() *vexrt.Future[int] {
	return vexrt.Async(func() int {
//line demo.vx:40
		return 10 / zero
	})
}

func spawnedMain() {
	f := vexrt.Async(func() int {
//line demo.vx:46
		vexrt.Panic("in a spawned future")
		return 0
	}).Start()
	f.Await()
}

func goroutineMain() {
	go func() {
		defer vexrt.ExitOnPanic()
//line demo.vx:53
		vexrt.Panic("in a goroutine")
	}()
	select {}
}

func printMain() {
	vexrt.Print("a ")
	vexrt.Println("b")
	vexrt.Println("c")
	vexrt.Eprintln("oops")
	vexrt.Println("d")
}

// unawaited starts a future that panics and waits until it is done,
// without awaiting it.
func unawaited() *vexrt.Future[int] {
	f := vexrt.Async(func() int {
//line demo.vx:60
		vexrt.Panic("nobody awaits this")
		return 0
	}).Start()
	for !f.Done() {
		time.Sleep(time.Millisecond)
	}
	return f
}

// unawaitedMain returns with a panicked future that nothing awaited.
func unawaitedMain() { unawaited() }

// unawaitedCodeMain is unawaitedMain for a main returning an i32.
func unawaitedCodeMain() int32 {
	unawaited()
	return 3
}

// collectedMain drops a panicked future and keeps running: the collection
// of the future ends the program.
func collectedMain() {
	unawaited()
	for range 500 {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
}

// awaitedLaterMain awaits a panicked future after collections: the future
// is still reachable, so its panic waits for the awaiter.
func awaitedLaterMain() {
	f := unawaited()
	runtime.GC()
	runtime.GC()
	f.Await()
}
