package vexrt

import "sync/atomic"

// The atomics of Vex's module "sync/atomic": I32, I64, U32, U64 and Bool
// are AtomicI32, AtomicI64, AtomicU32, AtomicU64 and AtomicBool, held by
// pointer (they are Vex reference types, shared by go-block captures):
//
//	I64.new(v)                 vexrt.NewAtomicI64(v)
//	a.load()  a.store(v)       a.Load()  a.Store(v)
//	a.fetchAdd(d)              a.FetchAdd(d)         // the previous value
//	a.fetchSub(d)              a.FetchSub(d)         // the previous value
//	a.swap(v)                  a.Swap(v)             // the previous value
//	a.compareExchange(o, n)    a.CompareExchange(o, n)
//
// Every operation is sequentially consistent, so generated code evaluates
// an Ordering argument for its effects, if any, and drops it. Integer
// arithmetic wraps, as all Vex integer arithmetic does. An atomic displays
// as its Go type name and its current value: AtomicI64(5).

// An AtomicI32 is a Vex atomic.I32: an i32 read and written atomically.
type AtomicI32 struct{ v atomic.Int32 }

// NewAtomicI32 returns an AtomicI32 holding v.
func NewAtomicI32(v int32) *AtomicI32 {
	a := &AtomicI32{}
	a.v.Store(v)
	return a
}

// Load returns the value.
func (a *AtomicI32) Load() int32 { return a.v.Load() }

// Store replaces the value with v.
func (a *AtomicI32) Store(v int32) { a.v.Store(v) }

// FetchAdd adds d and returns the previous value.
func (a *AtomicI32) FetchAdd(d int32) int32 { return a.v.Add(d) - d }

// FetchSub subtracts d and returns the previous value.
func (a *AtomicI32) FetchSub(d int32) int32 { return a.v.Add(-d) + d }

// Swap replaces the value with v and returns the previous value.
func (a *AtomicI32) Swap(v int32) int32 { return a.v.Swap(v) }

// CompareExchange replaces the value with new if it is old, and reports
// whether it did.
func (a *AtomicI32) CompareExchange(old, new int32) bool { return a.v.CompareAndSwap(old, new) }

// String returns the Vex display form, as in AtomicI32(5).
func (a *AtomicI32) String() string { return "AtomicI32(" + Int(a.Load()) + ")" }

func (*AtomicI32) vexType() string { return "AtomicI32" }

// An AtomicI64 is a Vex atomic.I64: an i64 read and written atomically.
type AtomicI64 struct{ v atomic.Int64 }

// NewAtomicI64 returns an AtomicI64 holding v.
func NewAtomicI64(v int64) *AtomicI64 {
	a := &AtomicI64{}
	a.v.Store(v)
	return a
}

// Load returns the value.
func (a *AtomicI64) Load() int64 { return a.v.Load() }

// Store replaces the value with v.
func (a *AtomicI64) Store(v int64) { a.v.Store(v) }

// FetchAdd adds d and returns the previous value.
func (a *AtomicI64) FetchAdd(d int64) int64 { return a.v.Add(d) - d }

// FetchSub subtracts d and returns the previous value.
func (a *AtomicI64) FetchSub(d int64) int64 { return a.v.Add(-d) + d }

// Swap replaces the value with v and returns the previous value.
func (a *AtomicI64) Swap(v int64) int64 { return a.v.Swap(v) }

// CompareExchange replaces the value with new if it is old, and reports
// whether it did.
func (a *AtomicI64) CompareExchange(old, new int64) bool { return a.v.CompareAndSwap(old, new) }

// String returns the Vex display form, as in AtomicI64(5).
func (a *AtomicI64) String() string { return "AtomicI64(" + Int(a.Load()) + ")" }

func (*AtomicI64) vexType() string { return "AtomicI64" }

// An AtomicU32 is a Vex atomic.U32: a u32 read and written atomically.
type AtomicU32 struct{ v atomic.Uint32 }

// NewAtomicU32 returns an AtomicU32 holding v.
func NewAtomicU32(v uint32) *AtomicU32 {
	a := &AtomicU32{}
	a.v.Store(v)
	return a
}

// Load returns the value.
func (a *AtomicU32) Load() uint32 { return a.v.Load() }

// Store replaces the value with v.
func (a *AtomicU32) Store(v uint32) { a.v.Store(v) }

// FetchAdd adds d and returns the previous value.
func (a *AtomicU32) FetchAdd(d uint32) uint32 { return a.v.Add(d) - d }

// FetchSub subtracts d and returns the previous value.
func (a *AtomicU32) FetchSub(d uint32) uint32 { return a.v.Add(-d) + d }

// Swap replaces the value with v and returns the previous value.
func (a *AtomicU32) Swap(v uint32) uint32 { return a.v.Swap(v) }

// CompareExchange replaces the value with new if it is old, and reports
// whether it did.
func (a *AtomicU32) CompareExchange(old, new uint32) bool { return a.v.CompareAndSwap(old, new) }

// String returns the Vex display form, as in AtomicU32(5).
func (a *AtomicU32) String() string { return "AtomicU32(" + Uint(a.Load()) + ")" }

func (*AtomicU32) vexType() string { return "AtomicU32" }

// An AtomicU64 is a Vex atomic.U64: a u64 read and written atomically.
type AtomicU64 struct{ v atomic.Uint64 }

// NewAtomicU64 returns an AtomicU64 holding v.
func NewAtomicU64(v uint64) *AtomicU64 {
	a := &AtomicU64{}
	a.v.Store(v)
	return a
}

// Load returns the value.
func (a *AtomicU64) Load() uint64 { return a.v.Load() }

// Store replaces the value with v.
func (a *AtomicU64) Store(v uint64) { a.v.Store(v) }

// FetchAdd adds d and returns the previous value.
func (a *AtomicU64) FetchAdd(d uint64) uint64 { return a.v.Add(d) - d }

// FetchSub subtracts d and returns the previous value.
func (a *AtomicU64) FetchSub(d uint64) uint64 { return a.v.Add(-d) + d }

// Swap replaces the value with v and returns the previous value.
func (a *AtomicU64) Swap(v uint64) uint64 { return a.v.Swap(v) }

// CompareExchange replaces the value with new if it is old, and reports
// whether it did.
func (a *AtomicU64) CompareExchange(old, new uint64) bool { return a.v.CompareAndSwap(old, new) }

// String returns the Vex display form, as in AtomicU64(5).
func (a *AtomicU64) String() string { return "AtomicU64(" + Uint(a.Load()) + ")" }

func (*AtomicU64) vexType() string { return "AtomicU64" }

// An AtomicBool is a Vex atomic.Bool: a bool read and written atomically.
// It has no FetchAdd and FetchSub.
type AtomicBool struct{ v atomic.Bool }

// NewAtomicBool returns an AtomicBool holding v.
func NewAtomicBool(v bool) *AtomicBool {
	a := &AtomicBool{}
	a.v.Store(v)
	return a
}

// Load returns the value.
func (a *AtomicBool) Load() bool { return a.v.Load() }

// Store replaces the value with v.
func (a *AtomicBool) Store(v bool) { a.v.Store(v) }

// Swap replaces the value with v and returns the previous value.
func (a *AtomicBool) Swap(v bool) bool { return a.v.Swap(v) }

// CompareExchange replaces the value with new if it is old, and reports
// whether it did.
func (a *AtomicBool) CompareExchange(old, new bool) bool { return a.v.CompareAndSwap(old, new) }

// String returns the Vex display form, AtomicBool(true) or AtomicBool(false).
func (a *AtomicBool) String() string { return "AtomicBool(" + Bool(a.Load()) + ")" }

func (*AtomicBool) vexType() string { return "AtomicBool" }
