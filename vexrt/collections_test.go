package vexrt_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/vexlang/vex2go/vexrt"
)

// vexPanic calls f and returns the *vexrt.PanicError it panics with,
// or nil if it returns. A panic with another value fails the test.
func vexPanic(t *testing.T, f func()) (e *vexrt.PanicError) {
	t.Helper()
	defer func() {
		if v := recover(); v != nil {
			var ok bool
			if e, ok = v.(*vexrt.PanicError); !ok {
				t.Errorf("panic with %T %v, want a *vexrt.PanicError", v, v)
			}
		}
	}()
	f()
	return nil
}

// checkPanic checks that f panics with a *vexrt.PanicError holding msg,
// positioned in this package's test files.
func checkPanic(t *testing.T, f func(), msg string) {
	t.Helper()
	e := vexPanic(t, f)
	switch {
	case e == nil:
		t.Errorf("no panic, want %q", msg)
	case e.Msg != msg:
		t.Errorf("panic message %q, want %q", e.Msg, msg)
	case !strings.HasSuffix(e.File, "_test.go") || e.Line == 0:
		t.Errorf("panic at %s:%d, want a position in a test file", e.File, e.Line)
	}
}

// mapOp is an operation on a Map[string, int] in TestMap.
type mapOp struct {
	op  string // "set", "insert" or "remove"
	key string
	val int
}

func TestMap(t *testing.T) {
	tests := []struct {
		name   string
		ops    []mapOp
		want   string
		keys   []string
		values []int
	}{
		{"empty", nil, "{}", []string{}, []int{}},
		{"set", []mapOp{{"set", "a", 1}, {"set", "b", 2}}, `{"a": 1, "b": 2}`, []string{"a", "b"}, []int{1, 2}},
		{"insert is set", []mapOp{{"insert", "b", 2}, {"set", "a", 1}}, `{"b": 2, "a": 1}`, []string{"b", "a"}, []int{2, 1}},
		{"overwrite keeps the position", []mapOp{{"set", "a", 1}, {"set", "b", 2}, {"set", "a", 3}},
			`{"a": 3, "b": 2}`, []string{"a", "b"}, []int{3, 2}},
		{"remove", []mapOp{{"set", "a", 1}, {"set", "b", 2}, {"set", "c", 3}, {"remove", "b", 0}},
			`{"a": 1, "c": 3}`, []string{"a", "c"}, []int{1, 3}},
		{"remove missing", []mapOp{{"set", "a", 1}, {"remove", "z", 0}}, `{"a": 1}`, []string{"a"}, []int{1}},
		{"reinsert goes last", []mapOp{{"set", "a", 1}, {"set", "b", 2}, {"remove", "a", 0}, {"set", "a", 4}},
			`{"b": 2, "a": 4}`, []string{"b", "a"}, []int{2, 4}},
		{"remove all", []mapOp{{"set", "a", 1}, {"set", "b", 2}, {"remove", "a", 0}, {"remove", "b", 0}},
			"{}", []string{}, []int{}},
		{"remove all then set", []mapOp{{"set", "a", 1}, {"remove", "a", 0}, {"set", "b", 2}},
			`{"b": 2}`, []string{"b"}, []int{2}},
		{"compaction keeps the order", []mapOp{
			{"set", "a", 1}, {"set", "b", 2}, {"set", "c", 3}, {"set", "d", 4}, {"set", "e", 5},
			{"remove", "a", 0}, {"remove", "c", 0}, {"remove", "d", 0}, {"set", "b", 6}, {"set", "f", 7},
		}, `{"b": 6, "e": 5, "f": 7}`, []string{"b", "e", "f"}, []int{6, 5, 7}},
		{"quoted keys", []mapOp{{"set", "say \"hi\"\n", 1}}, `{"say \"hi\"\n": 1}`, []string{"say \"hi\"\n"}, []int{1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := vexrt.NewMap[string, int]()
			for _, op := range tt.ops {
				switch op.op {
				case "set":
					m.Set(op.key, op.val)
				case "insert":
					m.Insert(op.key, op.val)
				case "remove":
					m.Remove(op.key)
				}
			}
			if got := m.String(); got != tt.want {
				t.Errorf("String() = %s, want %s", got, tt.want)
			}
			if got := vexrt.Display(m); got != tt.want {
				t.Errorf("Display = %s, want %s", got, tt.want)
			}
			if diff := cmp.Diff(tt.keys, m.Keys()); diff != "" {
				t.Errorf("Keys() (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.values, m.Values()); diff != "" {
				t.Errorf("Values() (-want +got):\n%s", diff)
			}
			var keys []string
			var values []int
			for k, v := range m.All() {
				keys = append(keys, k)
				values = append(values, v)
			}
			if diff := cmp.Diff(tt.keys, keys, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("All() keys (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.values, values, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("All() values (-want +got):\n%s", diff)
			}
			if m.Len() != int64(len(tt.keys)) || m.IsEmpty() != (len(tt.keys) == 0) {
				t.Errorf("Len() = %d, IsEmpty() = %v for %d keys", m.Len(), m.IsEmpty(), len(tt.keys))
			}
			for i, k := range tt.keys {
				if !m.Contains(k) || m.Get(k) != tt.values[i] || m.TryGet(k) != vexrt.Some(tt.values[i]) {
					t.Errorf("Contains, Get or TryGet(%q) wrong: %v %v %v", k, m.Contains(k), m.Get(k), m.TryGet(k))
				}
			}
			if m.Contains("zz") || m.TryGet("zz").IsSome() {
				t.Error("a missing key is found")
			}
		})
	}
}

func TestMapResults(t *testing.T) {
	m := vexrt.NewMap[int, string]()
	m.Set(1, "a")
	if !m.Remove(1) || m.Remove(1) {
		t.Error("Remove(1) of a present key is false, or of a removed key true")
	}
	s := vexrt.NewSet[int]()
	if !s.Insert(1) || s.Insert(1) || !s.Insert(2) {
		t.Error("Insert does not report whether it added")
	}
	if !s.Remove(1) || s.Remove(1) || s.Remove(3) {
		t.Error("Remove does not report whether it removed")
	}
}

func TestMapZeroValue(t *testing.T) {
	var m vexrt.Map[string, int]
	if m.Len() != 0 || !m.IsEmpty() || m.Contains("a") || m.TryGet("a").IsSome() || m.Remove("a") {
		t.Error("the zero Map is not empty")
	}
	m.Set("a", 1)
	if m.Get("a") != 1 || m.String() != `{"a": 1}` {
		t.Errorf("zero Map after Set = %s", m.String())
	}
	var s vexrt.Set[int]
	if !s.Insert(3) || s.String() != "{3}" {
		t.Errorf("zero Set after Insert = %s", s.String())
	}
	var nm *vexrt.Map[string, int]
	var ns *vexrt.Set[int]
	if got := vexrt.Display(nm) + " " + vexrt.Display(ns); got != "nil nil" {
		t.Errorf("nil Map and Set display as %q", got)
	}
}

func TestMapOf(t *testing.T) {
	m := vexrt.MapOf(vexrt.T2("x", 1.5), vexrt.T2("y", 2.0), vexrt.T2("x", 3.0))
	if got, want := m.String(), `{"x": 3.0, "y": 2.0}`; got != want {
		t.Errorf("MapOf = %s, want %s", got, want)
	}
	if got, want := vexrt.MapOf[string, int]().String(), "{}"; got != want {
		t.Errorf("MapOf() = %s, want %s", got, want)
	}
	s := vexrt.SetOf("b", "a", "b")
	if got, want := s.String(), `{"b", "a"}`; got != want {
		t.Errorf("SetOf = %s, want %s", got, want)
	}
}

func TestMapGetMissing(t *testing.T) {
	checkPanic(t, func() { vexrt.NewMap[string, int]().Get("x") }, `key "x" not found in Map`)
	checkPanic(t, func() { vexrt.NewMap[int64, int]().Get(7) }, `key 7 not found in Map`)
	checkPanic(t, func() { vexrt.NewMap[vexrt.Tuple2[string, float64], int]().Get(vexrt.T2("a", 1.0)) },
		`key ("a", 1.0) not found in Map`)
	m := vexrt.MapOf(vexrt.T2("x", 1))
	m.Remove("x")
	checkPanic(t, func() { m.Get("x") }, `key "x" not found in Map`)
}

func TestMapGetMissingPosition(t *testing.T) {
	e := vexPanic(t, mapGetMain)
	if e == nil || e.File != "demo.vx" || e.Line != 60 {
		t.Errorf("panic = %v, want one at demo.vx:60", e)
	}
}

func TestSet(t *testing.T) {
	s := vexrt.NewSet[int32]()
	for _, x := range []int32{3, 1, 2, 1, 3} {
		s.Insert(x)
	}
	s.Remove(1)
	s.Insert(1)
	s.Insert(5)
	s.Remove(2)
	want := []int32{3, 1, 5}
	if diff := cmp.Diff(want, s.Values()); diff != "" {
		t.Errorf("Values() (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want, slices.Collect(s.All())); diff != "" {
		t.Errorf("All() (-want +got):\n%s", diff)
	}
	if got := vexrt.Display(s); got != "{3, 1, 5}" {
		t.Errorf("Display = %s, want {3, 1, 5}", got)
	}
	if s.Len() != 3 || s.IsEmpty() || !s.Contains(5) || s.Contains(2) {
		t.Errorf("Len, IsEmpty or Contains wrong for %s", s)
	}
	if got := vexrt.NewSet[string]().String(); got != "{}" {
		t.Errorf("empty Set = %s, want {}", got)
	}
	n := 0
	for range s.All() {
		n++
		break
	}
	if n != 1 {
		t.Errorf("a loop over All ran %d times before its break, want 1", n)
	}
}

var mapSink int

func TestMapAllocs(t *testing.T) {
	m := vexrt.MapOf(vexrt.T2("a", 1), vexrt.T2("b", 2))
	s := vexrt.SetOf(1, 2)
	allocs := testing.AllocsPerRun(1000, func() {
		m.Set("a", mapSink)
		mapSink = m.Get("b") + m.TryGet("a").Or(0) + int(m.Len())
		if m.Contains("c") || s.Contains(3) {
			mapSink++
		}
		for _, v := range m.All() {
			mapSink += v
		}
		for x := range s.All() {
			mapSink += x
		}
		p, _ := m.Entry("b")
		*p++
	})
	if allocs != 0 {
		t.Errorf("Map and Set lookups and loops allocate %v times per run, want 0", allocs)
	}
}

// keyPrefix is a variable, so that keyPrefix + "b" is built at run time.
var keyPrefix = "key-"

// TestMapBuiltKeyAllocs checks that a key built for a lookup does not
// escape: Go builds m.Get(prefix + s) in a buffer on the caller's stack, as
// it builds m[prefix+s] of a Go map.
func TestMapBuiltKeyAllocs(t *testing.T) {
	m := vexrt.MapOf(vexrt.T2("key-a", 1), vexrt.T2("key-b", 2))
	allocs := testing.AllocsPerRun(1000, func() {
		mapSink = m.Get(keyPrefix+"b") + m.TryGet(keyPrefix+"a").Or(0)
		if m.Contains(keyPrefix + "c") {
			mapSink++
		}
	})
	if allocs != 0 {
		t.Errorf("lookups of built keys allocate %v times per run, want 0", allocs)
	}
}

func TestMapEntry(t *testing.T) {
	m := vexrt.MapOf(vexrt.T2("a", 1), vexrt.T2("b", 2))
	p, ok := m.Entry("a")
	if !ok || *p != 1 {
		t.Fatalf("Entry(a) = %d, %v; want 1, true", *p, ok)
	}
	*p += 10
	p, ok = m.Entry("c")
	if ok || *p != 0 {
		t.Fatalf("Entry(c) = %d, %v; want 0, false", *p, ok)
	}
	*p = 3
	m.Remove("a")
	p, _ = m.Entry("a")
	*p = 4
	if got, want := m.String(), `{"b": 2, "c": 3, "a": 4}`; got != want {
		t.Errorf("after the updates, m = %s, want %s", got, want)
	}
}

// TestMapModelLarge checks random operations on thousands of keys against
// a Go map and the insertion order, through many growths of the hash table
// and compactions.
func TestMapModelLarge(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	m := vexrt.NewMap[string, int]()
	want := map[string]int{}
	var order []string
	key := func() string { return "k" + strconv.Itoa(rng.IntN(3000)) }
	for step := range 60000 {
		k := key()
		switch op := rng.IntN(10); {
		case op < 4:
			m.Set(k, step)
			if _, ok := want[k]; !ok {
				order = append(order, k)
			}
			want[k] = step
		case op < 6:
			p, ok := m.Entry(k)
			if _, present := want[k]; ok != present {
				t.Fatalf("step %d: Entry(%s) found %v, want %v", step, k, ok, present)
			}
			if !ok {
				order = append(order, k)
			}
			*p += step
			want[k] += step
		default:
			_, present := want[k]
			if m.Remove(k) != present {
				t.Fatalf("step %d: Remove(%s) = %v, want %v", step, k, !present, present)
			}
			if present {
				delete(want, k)
				order = slices.DeleteFunc(order, func(o string) bool { return o == k })
			}
		}
		if step%5000 == 0 || step == 59999 {
			if !slices.Equal(m.Keys(), order) {
				t.Fatalf("step %d: keys out of order", step)
			}
			for i := range 3000 {
				k := "k" + strconv.Itoa(i)
				v, ok := want[k]
				if got := m.TryGet(k); got != vexrt.OptionOf(v, ok) {
					t.Fatalf("step %d: TryGet(%s) = %v, want %v", step, k, got, vexrt.OptionOf(v, ok))
				}
			}
		}
	}
}

// TestMapMemory checks that a Map needs at most 1.5 times the memory of a
// Go map of the same entries.
func TestMapMemory(t *testing.T) {
	const n = 100_000
	ints := make([]int64, n)
	strs := make([]string, n)
	for i := range n {
		ints[i] = int64(i) * 7919
		strs[i] = "key-" + strconv.Itoa(i)
	}
	check := func(name string, goMap, vexMap func() any) {
		g, v := liveBytes(goMap), liveBytes(vexMap)
		t.Logf("%s keys: Go map %.1f B, Map %.1f B per entry", name, g/n, v/n)
		if v > 1.5*g {
			t.Errorf("%s keys: a Map of %d entries holds %.0f bytes, over 1.5 times the %.0f of a Go map", name, n, v, g)
		}
	}
	check("int", func() any {
		m := map[int64]int64{}
		for i, k := range ints {
			m[k] = int64(i)
		}
		return m
	}, func() any {
		m := vexrt.NewMap[int64, int64]()
		for i, k := range ints {
			m.Set(k, int64(i))
		}
		return m
	})
	check("string", func() any {
		m := map[string]int64{}
		for i, k := range strs {
			m[k] = int64(i)
		}
		return m
	}, func() any {
		m := vexrt.NewMap[string, int64]()
		for i, k := range strs {
			m.Set(k, int64(i))
		}
		return m
	})
	runtime.KeepAlive(ints)
	runtime.KeepAlive(strs) // the keys are not part of either map's memory
}

var liveSink any

// liveBytes returns the heap memory that the value built by build keeps
// alive: what a collection frees once the value is dropped.
func liveBytes(build func() any) float64 {
	var live, dropped runtime.MemStats
	liveSink = build()
	runtime.GC()
	runtime.ReadMemStats(&live)
	liveSink = nil
	runtime.GC()
	runtime.ReadMemStats(&dropped)
	return float64(live.HeapAlloc) - float64(dropped.HeapAlloc)
}

// orderedModel is a slow Map: a slice of pairs in insertion order.
type orderedModel struct{ keys, values []int }

func (o *orderedModel) set(k, v int) {
	if i := slices.Index(o.keys, k); i >= 0 {
		o.values[i] = v
		return
	}
	o.keys = append(o.keys, k)
	o.values = append(o.values, v)
}

func (o *orderedModel) remove(k int) bool {
	i := slices.Index(o.keys, k)
	if i < 0 {
		return false
	}
	o.keys = slices.Delete(o.keys, i, i+1)
	o.values = slices.Delete(o.values, i, i+1)
	return true
}

// TestMapModel checks random operations against orderedModel, with few
// enough keys that compactions happen often.
func TestMapModel(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	m := vexrt.NewMap[int, int]()
	var model orderedModel
	for step := range 20000 {
		k := rng.IntN(40)
		switch rng.IntN(3) {
		case 0, 1:
			m.Set(k, step)
			model.set(k, step)
		case 2:
			if got, want := m.Remove(k), model.remove(k); got != want {
				t.Fatalf("step %d: Remove(%d) = %v, want %v", step, k, got, want)
			}
		}
		if step%97 == 0 || step > 19900 {
			if !slices.Equal(m.Keys(), model.keys) || !slices.Equal(m.Values(), model.values) {
				t.Fatalf("step %d: Map %v, want keys %v values %v", step, m, model.keys, model.values)
			}
			for i, key := range model.keys {
				if m.Get(key) != model.values[i] {
					t.Fatalf("step %d: Get(%d) = %d, want %d", step, key, m.Get(key), model.values[i])
				}
			}
		}
	}
	if m.Len() != int64(len(model.keys)) {
		t.Errorf("Len() = %d, want %d", m.Len(), len(model.keys))
	}
}

// TestMapModifyWhileIterating checks that a loop body that modifies the Map
// visits each key present when it is reached exactly once, in order, even
// when it removes more than half the keys, which would compact the entries
// outside a loop.
func TestMapModifyWhileIterating(t *testing.T) {
	tests := []struct {
		name string
		body func(m *vexrt.Map[int, int], k int)
		want []int
	}{
		{"remove each", func(m *vexrt.Map[int, int], k int) { m.Remove(k) }, []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
		{"remove the next", func(m *vexrt.Map[int, int], k int) { m.Remove(k + 1) }, []int{0, 2, 4, 6, 8}},
		{"remove the earlier ones", func(m *vexrt.Map[int, int], k int) {
			for j := range k {
				m.Remove(j)
			}
		}, []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
		{"append", func(m *vexrt.Map[int, int], k int) {
			if k < 12 {
				m.Set(k+10, 0)
			}
		}, []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21}},
		{"remove and reinsert", func(m *vexrt.Map[int, int], k int) {
			if k%2 == 0 {
				m.Remove(k)
				m.Remove(k + 1)
				m.Set(k+1, 0)
			}
		}, []int{0, 2, 4, 6, 8, 1, 3, 5, 7, 9}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := vexrt.NewMap[int, int]()
			for i := range 10 {
				m.Set(i, i)
			}
			var got []int
			for k := range m.All() {
				got = append(got, k)
				tt.body(m, k)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("visited (-want +got):\n%s", diff)
			}
		})
	}
}

// TestMapModifyWhileIteratingRandom checks random loop bodies that modify
// the Map: after a key, the loop visits the first key inserted after it
// that is still present.
func TestMapModifyWhileIteratingRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for round := range 200 {
		m := vexrt.NewMap[int, int]()
		// order holds the present keys in insertion order, with their
		// insertion numbers.
		var order []vexrt.Tuple2[int, int]
		inserted := 0
		set := func(k int) {
			m.Set(k, 0)
			if !slices.ContainsFunc(order, func(p vexrt.Tuple2[int, int]) bool { return p.V0 == k }) {
				inserted++
				order = append(order, vexrt.T2(k, inserted))
			}
		}
		for range 1 + rng.IntN(30) {
			set(rng.IntN(20))
		}
		last := 0 // the insertion number of the key visited last
		steps := 0
		for k := range m.All() {
			i := slices.IndexFunc(order, func(p vexrt.Tuple2[int, int]) bool { return p.V1 > last })
			if i < 0 || order[i].V0 != k {
				t.Fatalf("round %d: visited %d, want the first of %v inserted after number %d", round, k, order, last)
			}
			last = order[i].V1
			if steps++; steps > 100 {
				break
			}
			for range rng.IntN(4) {
				k := rng.IntN(20)
				if rng.IntN(3) == 0 {
					set(k)
				} else if m.Remove(k) {
					order = slices.DeleteFunc(order, func(p vexrt.Tuple2[int, int]) bool { return p.V0 == k })
				}
			}
		}
		if steps <= 100 && slices.ContainsFunc(order, func(p vexrt.Tuple2[int, int]) bool { return p.V1 > last }) {
			t.Fatalf("round %d: the loop ended before the keys of %v inserted after number %d", round, order, last)
		}
	}
}

// TestMapIterationBreak checks that a loop over All stops at a break.
func TestMapIterationBreak(t *testing.T) {
	m := vexrt.MapOf(vexrt.T2(1, 1), vexrt.T2(2, 2), vexrt.T2(3, 3))
	n := 0
	for range m.All() {
		n++
		if n == 2 {
			break
		}
	}
	if n != 2 {
		t.Errorf("the loop ran %d times, want 2", n)
	}
}

func TestCollectionDisplay(t *testing.T) {
	vecOfMap := vexrt.NewMap[string, []int32]()
	vecOfMap.Set("odd", []int32{1, 3})
	vecOfMap.Set("none", nil)
	nested := vexrt.NewMap[int64, *vexrt.Map[string, bool]]()
	nested.Set(1, vexrt.MapOf(vexrt.T2("yes", true)))
	nested.Set(2, vexrt.NewMap[string, bool]())
	floats := vexrt.MapOf(vexrt.T2(0.1+0.2, 1e20), vexrt.T2(math.Copysign(0, -1), 16.0))
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"Vec<Option<string>>", vexrt.Display([]vexrt.Option[string]{vexrt.Some("a"), vexrt.None[string](), vexrt.Some(`"`)}),
			`[Some("a"), None, Some("\"")]`},
		{"Map of Vec", vexrt.Display(vecOfMap), `{"odd": [1, 3], "none": []}`},
		{"Map of Map", nested.String(), `{1: {"yes": true}, 2: {}}`},
		{"Map of floats", vexrt.Display(floats), `{0.3: 100000000000000000000.0, -0.0: 16.0}`},
		{"Vec of Map", vexrt.Display([]*vexrt.Map[string, int]{vexrt.MapOf(vexrt.T2("a", 1)), vexrt.NewMap[string, int]()}),
			`[{"a": 1}, {}]`},
		{"Vec of Set", vexrt.Display([][]*vexrt.Set[string]{{vexrt.SetOf("a", "b")}}), `[[{"a", "b"}]]`},
		{"[]any", vexrt.Display([]any{vexrt.MapOf(vexrt.T2("k", "v")), vexrt.SetOf(1.5), "s", []string{"t"}}),
			`[{"k": "v"}, {1.5}, "s", ["t"]]`},
		{"Nested Map", vexrt.Nested(vexrt.MapOf(vexrt.T2("k", "v"))), `{"k": "v"}`},
		{"Option of Map", vexrt.Some(vexrt.MapOf(vexrt.T2("a", 1))).String(), `Some({"a": 1})`},
		{"tuple of Set", vexrt.T2(vexrt.SetOf(1), "x").String(), `({1}, "x")`},
		{"Set of Option", vexrt.SetOf(vexrt.Some("a"), vexrt.None[string]()).String(), `{Some("a"), None}`},
		{"Map of Result", vexrt.MapOf(vexrt.T2("r", vexrt.Err[int]("boom"))).String(), `{"r": Err("boom")}`},
		{"Channel of Map", vexrt.NewChannel[*vexrt.Map[string, vexrt.Option[float64]]](0).String(), "Channel<Map<string, Option<f64>>>"},
		{"Channel of Set", vexrt.NewChannel[*vexrt.Set[int32]](0).String(), "Channel<Set<i32>>"},
		{"println", fmt.Sprint(vexrt.MapOf(vexrt.T2("a", 1))), `{"a": 1}`},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, tt.got, tt.want)
		}
	}
}

func ExampleMap() {
	m := vexrt.NewMap[string, int32]()
	m.Set("b", 2)
	m.Set("a", 1)
	m.Set("b", 3) // keeps its position
	vexrt.Println(m.String())
	for k, v := range m.All() {
		vexrt.Println(k + " " + vexrt.Int(v))
	}
	vexrt.Println(m.TryGet("c").String())
	// Output:
	// {"b": 3, "a": 1}
	// b 3
	// a 1
	// None
}

func ExampleSet() {
	s := vexrt.SetOf("x", "y")
	vexrt.Println(vexrt.Bool(s.Insert("x")) + " " + vexrt.Bool(s.Insert("z")))
	vexrt.Println(vexrt.Display(s))
	// Output:
	// false true
	// {"x", "y", "z"}
}

// mapGetMain stands for code generated from demo.vx that gets a missing key.
func mapGetMain() {
	m := vexrt.NewMap[string, int]()
//line demo.vx:60
	m.Get("k")
}
