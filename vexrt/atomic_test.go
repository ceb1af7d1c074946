package vexrt_test

import (
	"math"
	"sync/atomic"
	"testing"

	"github.com/vexlang/vex2go/vexrt"
)

// atomicInt is the interface of the integer atomics, for table-driven tests.
type atomicInt[T any] interface {
	Load() T
	Store(v T)
	FetchAdd(d T) T
	FetchSub(d T) T
	Swap(v T) T
	CompareExchange(old, new T) bool
}

// atomicStep is an operation on an integer atomic and what it should give.
type atomicStep[T comparable] struct {
	op      string // "add", "sub", "swap", "cas" (with arg2), or "store"
	arg     T
	arg2    T
	result  T    // the previous value, for add, sub and swap
	swapped bool // for cas
	after   T    // the value after the operation
}

func runAtomicSteps[T comparable](t *testing.T, name string, a atomicInt[T], steps []atomicStep[T]) {
	t.Helper()
	for i, s := range steps {
		var result T
		var swapped bool
		switch s.op {
		case "add":
			result = a.FetchAdd(s.arg)
		case "sub":
			result = a.FetchSub(s.arg)
		case "swap":
			result = a.Swap(s.arg)
		case "cas":
			swapped = a.CompareExchange(s.arg, s.arg2)
		case "store":
			a.Store(s.arg)
		}
		if result != s.result || swapped != s.swapped || a.Load() != s.after {
			t.Errorf("%s step %d %s(%v): got %v, %t, then %v; want %v, %t, then %v",
				name, i, s.op, s.arg, result, swapped, a.Load(), s.result, s.swapped, s.after)
		}
	}
}

func TestAtomicInts(t *testing.T) {
	runAtomicSteps(t, "I32", vexrt.NewAtomicI32(5), []atomicStep[int32]{
		{op: "add", arg: 3, result: 5, after: 8},
		{op: "sub", arg: 10, result: 8, after: -2},
		{op: "swap", arg: 7, result: -2, after: 7},
		{op: "cas", arg: 6, arg2: 1, swapped: false, after: 7},
		{op: "cas", arg: 7, arg2: 1, swapped: true, after: 1},
		{op: "store", arg: math.MaxInt32, after: math.MaxInt32},
		{op: "add", arg: 1, result: math.MaxInt32, after: math.MinInt32},
		{op: "sub", arg: 1, result: math.MinInt32, after: math.MaxInt32},
	})
	runAtomicSteps(t, "I64", vexrt.NewAtomicI64(-1), []atomicStep[int64]{
		{op: "add", arg: 1, result: -1, after: 0},
		{op: "sub", arg: 1 << 40, result: 0, after: -1 << 40},
		{op: "swap", arg: 9, result: -1 << 40, after: 9},
		{op: "cas", arg: 9, arg2: 10, swapped: true, after: 10},
		{op: "cas", arg: 9, arg2: 11, swapped: false, after: 10},
		{op: "store", arg: math.MinInt64, after: math.MinInt64},
		{op: "sub", arg: 1, result: math.MinInt64, after: math.MaxInt64},
	})
	runAtomicSteps(t, "U32", vexrt.NewAtomicU32(1), []atomicStep[uint32]{
		{op: "sub", arg: 2, result: 1, after: math.MaxUint32},
		{op: "add", arg: 3, result: math.MaxUint32, after: 2},
		{op: "swap", arg: 0, result: 2, after: 0},
		{op: "cas", arg: 0, arg2: 4, swapped: true, after: 4},
		{op: "cas", arg: 0, arg2: 5, swapped: false, after: 4},
	})
	runAtomicSteps(t, "U64", vexrt.NewAtomicU64(math.MaxUint64), []atomicStep[uint64]{
		{op: "add", arg: 1, result: math.MaxUint64, after: 0},
		{op: "sub", arg: 1, result: 0, after: math.MaxUint64},
		{op: "swap", arg: 3, result: math.MaxUint64, after: 3},
		{op: "cas", arg: 3, arg2: 8, swapped: true, after: 8},
		{op: "store", arg: 1 << 63, after: 1 << 63},
	})
}

func TestAtomicBool(t *testing.T) {
	a := vexrt.NewAtomicBool(false)
	if a.Swap(true) || !a.Load() {
		t.Error("Swap(true) on false")
	}
	if a.CompareExchange(false, false) || !a.Load() {
		t.Error("CompareExchange(false, false) on true swapped")
	}
	if !a.CompareExchange(true, false) || a.Load() {
		t.Error("CompareExchange(true, false) on true did not swap")
	}
	a.Store(true)
	if !a.Load() {
		t.Error("Store(true) not seen")
	}
}

func TestAtomicFetchAddConcurrent(t *testing.T) {
	a64 := vexrt.NewAtomicI64(0)
	a32 := vexrt.NewAtomicI32(0)
	u32 := vexrt.NewAtomicU32(syncWorkers * syncRounds)
	u64 := vexrt.NewAtomicU64(0)
	// FetchAdd returns the previous value, so the values returned to all
	// the goroutines are 0 to syncWorkers*syncRounds-1, each exactly once.
	var seen [syncWorkers * syncRounds]atomic.Bool
	inParallel(syncWorkers, func(int) {
		for range syncRounds {
			p := a64.FetchAdd(1)
			if p < 0 || p >= syncWorkers*syncRounds || seen[p].Swap(true) {
				t.Errorf("FetchAdd returned %d twice or out of range", p)
				return
			}
			a32.FetchAdd(2)
			a32.FetchSub(1)
			u32.FetchSub(1)
			u64.FetchAdd(3)
		}
	})
	if a64.Load() != syncWorkers*syncRounds || a32.Load() != syncWorkers*syncRounds || u32.Load() != 0 || u64.Load() != 3*syncWorkers*syncRounds {
		t.Errorf("totals %v %v %v %v", a64, a32, u32, u64)
	}
}

func TestAtomicCompareExchangeConcurrent(t *testing.T) {
	flag := vexrt.NewAtomicBool(false)
	n := vexrt.NewAtomicI64(0)
	var winners atomic.Int32
	inParallel(syncWorkers, func(int) {
		if flag.CompareExchange(false, true) {
			winners.Add(1)
		}
		// A CAS loop of increments loses no update.
		for range syncRounds {
			for {
				v := n.Load()
				if n.CompareExchange(v, v+1) {
					break
				}
			}
		}
	})
	if w := winners.Load(); w != 1 {
		t.Errorf("%d goroutines won the CompareExchange, want 1", w)
	}
	if v := n.Load(); v != syncWorkers*syncRounds {
		t.Errorf("CAS loop total %d, want %d", v, syncWorkers*syncRounds)
	}
}

func TestAtomicDisplay(t *testing.T) {
	tests := []struct {
		v    any
		want string
	}{
		{vexrt.NewAtomicI32(-5), "AtomicI32(-5)"},
		{vexrt.NewAtomicI64(5), "AtomicI64(5)"},
		{vexrt.NewAtomicU32(math.MaxUint32), "AtomicU32(4294967295)"},
		{vexrt.NewAtomicU64(math.MaxUint64), "AtomicU64(18446744073709551615)"},
		{vexrt.NewAtomicBool(true), "AtomicBool(true)"},
		{[]*vexrt.AtomicBool{vexrt.NewAtomicBool(false)}, "[AtomicBool(false)]"},
		{vexrt.NewMutex(vexrt.NewAtomicI64(0)), "Mutex<AtomicI64>"},
	}
	for _, tt := range tests {
		if got := vexrt.Display(tt.v); got != tt.want {
			t.Errorf("Display(%T) = %q, want %q", tt.v, got, tt.want)
		}
	}
}
