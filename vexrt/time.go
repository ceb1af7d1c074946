package vexrt

import "time"

// Vex's module "time". A Vex Duration is a Go time.Duration, which Display
// shows in Go's form through its String method: 1.5s, 250ms, 2m0s. Its
// methods and the Duration makers on integers lower to Go directly:
//
//	d.millis()            d.Milliseconds()
//	d.seconds()           int64(d / time.Second)
//	n.millis()            time.Duration(n) * time.Millisecond
//	n.seconds()           time.Duration(n) * time.Second
//	n.minutes()           time.Duration(n) * time.Minute
//
// and the module's functions to this file:
//
//	now(), Instant.now()  vexrt.Now()
//	t.elapsed()           t.Elapsed()
//	sleep(ms)             vexrt.SleepSync(ms)

// An Instant is a Vex Instant: a point in time on the monotonic clock,
// for measuring how much time has elapsed since. It is a small value.
type Instant struct {
	t time.Time
}

// Now returns the current instant: Vex's now() and Instant.now().
func Now() Instant { return Instant{time.Now()} }

// Elapsed returns the time elapsed since i: Vex's i.elapsed().
func (i Instant) Elapsed() time.Duration { return time.Since(i.t) }

// String returns "Instant": an instant has no meaningful display of its own.
func (Instant) String() string { return "Instant" }

// SleepSync blocks the calling goroutine for ms milliseconds, or not at all
// if ms is not positive: Vex's sleep(ms) from module "time", which unlike
// the prelude's async sleep is not a future.
func SleepSync(ms int64) { time.Sleep(time.Duration(ms) * time.Millisecond) }
