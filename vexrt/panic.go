package vexrt

import (
	"os"
	"reflect"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
)

// A PanicError is the value with which Panic, Assert, Unreachable and Todo
// panic. It records the position of the Vex code that panicked, so that the
// report names it even when the panic is re-raised elsewhere, as a future's
// panic is in each goroutine that awaits the future.
type PanicError struct {
	Msg  string // the message, as in "index 3 out of range"
	File string // the file that panicked, usually a .vx file; "" if unknown
	Line int    // the line in File
}

// Error returns "FILE:LINE: MSG", or MSG if the position is unknown.
func (e *PanicError) Error() string {
	if e.File == "" {
		return e.Msg
	}
	return e.File + ":" + strconv.Itoa(e.Line) + ": " + e.Msg
}

// Panic panics with a *PanicError holding msg and the position of the
// calling Vex code: the innermost caller in a .vx file (generated code maps
// its lines to .vx files with //line directives), or else the innermost
// caller outside this package.
func Panic(msg string) { raise(msg) }

// Assert panics as Panic does with msg, or with "assertion failed" if msg
// is empty, unless cond is true.
func Assert(cond bool, msg string) {
	if !cond {
		if msg == "" {
			msg = "assertion failed"
		}
		raise(msg)
	}
}

// AssertEq panics as Panic does unless left == right, for a Vex
// assertEq(left, right). The message shows both values, each formatted by
// show, as Rust's assert_eq! does:
//
//	assertion `left == right` failed
//	  left: 1
//	 right: 2
func AssertEq[T comparable](left, right T, show func(T) string) {
	if left != right {
		raise(assertEqFailed(show(left), show(right)))
	}
}

// AssertEqVec is AssertEq for Vecs and slices, which Go's == does not
// compare.
func AssertEqVec[T comparable](left, right []T, show func([]T) string) {
	if !VecEqual(left, right) {
		raise(assertEqFailed(show(left), show(right)))
	}
}

func assertEqFailed(left, right string) string {
	return "assertion `left == right` failed\n  left: " + left + "\n right: " + right
}

// Unreachable panics as Panic does with "entered unreachable code".
func Unreachable() { raise("entered unreachable code") }

// Todo panics as Panic does with "not yet implemented: " and msg,
// or with "not yet implemented" if msg is empty.
func Todo(msg string) {
	if msg != "" {
		msg = ": " + msg
	}
	raise("not yet implemented" + msg)
}

// raise panics with a *PanicError holding msg and the position of the code
// that called this package.
func raise(msg string) {
	var pcs [32]uintptr
	file, line := position(pcs[:runtime.Callers(2, pcs[:])])
	panic(&PanicError{Msg: msg, File: file, Line: line})
}

// pkgPrefix is the prefix of the names of this package's functions in stack frames.
var pkgPrefix = reflect.TypeFor[Unit]().PkgPath() + "."

// position returns the file and line of the innermost of the frames pcs in
// a .vx file, or else of the innermost frame outside the Go runtime and this
// package, or "" and 0.
func position(pcs []uintptr) (file string, line int) {
	frames := runtime.CallersFrames(pcs)
	for {
		f, more := frames.Next()
		if strings.HasSuffix(f.File, ".vx") {
			return f.File, f.Line
		}
		if file == "" && f.File != "" &&
			!strings.HasPrefix(f.Function, "runtime.") && !strings.HasPrefix(f.Function, pkgPrefix) {
			file, line = f.File, f.Line
		}
		if !more {
			return file, line
		}
	}
}

// Main runs body, the Vex program's main function, and returns when body
// returns. If body panics, Main ends the program as ExitOnPanic does.
//
// As in Go, the program ends when main returns, even if goroutines are
// still running. If a future started on a goroutine of its own (spawn,
// timeout, join_all) panicked and nothing awaited it, Main ends the program
// with that panic instead, as Go would have when the goroutine panicked
// (see [Future.Start]).
func Main(body func()) {
	defer ExitOnPanic()
	body()
	exitOnUnawaitedPanic()
}

// MainCode is Main for a main function that returns an i32: it ends the
// program with the returned status if it is not zero.
func MainCode(body func() int32) {
	defer ExitOnPanic()
	code := body()
	exitOnUnawaitedPanic()
	if code != 0 {
		os.Exit(int(code))
	}
}

// A spawnedPanic is the panic of a future that ran on a goroutine of its
// own, kept for the future's awaiters. Until one of them takes it, it is
// in unawaitedPanics.
type spawnedPanic struct {
	v     any
	stack []byte // the stack of the goroutine when it panicked
	seq   uint64 // the order of the panics
}

// unawaitedPanics holds the panics of started futures that nothing has
// awaited yet.
var unawaitedPanics struct {
	sync.Mutex
	seq uint64
	m   map[*spawnedPanic]bool
}

func newSpawnedPanic(v any) *spawnedPanic {
	p := &spawnedPanic{v: v, stack: debug.Stack()}
	unawaitedPanics.Lock()
	unawaitedPanics.seq++
	p.seq = unawaitedPanics.seq
	if unawaitedPanics.m == nil {
		unawaitedPanics.m = map[*spawnedPanic]bool{}
	}
	unawaitedPanics.m[p] = true
	unawaitedPanics.Unlock()
	return p
}

// awaited records that an awaiter took the panic p, which it re-raises.
func (p *spawnedPanic) awaited() {
	unawaitedPanics.Lock()
	delete(unawaitedPanics.m, p)
	unawaitedPanics.Unlock()
}

// collected runs when the future of p has become unreachable: if nothing
// awaited it, nothing ever will, and p ends the program.
func (p *spawnedPanic) collected() {
	unawaitedPanics.Lock()
	unawaited := unawaitedPanics.m[p]
	unawaitedPanics.Unlock()
	if unawaited {
		p.exit()
	}
}

// exitOnUnawaitedPanic ends the program with the first panic of a started
// future that nothing awaited, if there is one.
func exitOnUnawaitedPanic() {
	unawaitedPanics.Lock()
	var first *spawnedPanic
	for p := range unawaitedPanics.m {
		if first == nil || p.seq < first.seq {
			first = p
		}
	}
	unawaitedPanics.Unlock()
	if first != nil {
		first.exit()
	}
}

// exit reports p as Go reports a panic that ends the program, and exits
// with Go's status for it, 2.
func (p *spawnedPanic) exit() {
	msg := ""
	switch v := p.v.(type) {
	case error:
		msg = v.Error()
	case string:
		msg = v
	default:
		msg = Display(v)
	}
	os.Stderr.WriteString("panic: " + msg + " [in a future that nothing awaited]\n\n" + string(p.stack))
	os.Exit(2)
}

// ExitOnPanic, deferred, turns a panic into the end of a Vex program.
// It writes to standard error
//
//	panic at FILE.vx:LINE: MESSAGE
//
// followed by a blank line and the goroutine's stack trace, and exits with
// status 101. The position is the one recorded in a *PanicError, and for
// any other value, such as a Go runtime error, that of the innermost stack
// frame in a .vx file (see Panic). If there is no panic, ExitOnPanic does
// nothing.
//
// Main and MainCode defer it. A goroutine started by a Vex go statement is
// a plain Go goroutine: a panic there that nothing recovers ends the program
// the way Go does, with "panic: FILE.vx:LINE: MESSAGE", the stack traces
// and exit status 2. Generated code gets the Vex report and status 101
// instead by deferring ExitOnPanic at the top of the goroutine:
//
//	go func(x int32) {
//		defer vexrt.ExitOnPanic()
//		work(x)
//	}(x)
func ExitOnPanic() {
	v := recover()
	if v == nil {
		return
	}
	var msg, file string
	var line int
	if e, ok := v.(*PanicError); ok {
		msg, file, line = e.Msg, e.File, e.Line
	} else {
		msg = Display(v)
		var pcs [64]uintptr
		file, line = position(pcs[:runtime.Callers(2, pcs[:])])
	}
	report := "panic: " + msg
	if file != "" {
		report = "panic at " + file + ":" + strconv.Itoa(line) + ": " + msg
	}
	os.Stderr.WriteString(report + "\n\n" + string(debug.Stack()))
	os.Exit(101)
}
