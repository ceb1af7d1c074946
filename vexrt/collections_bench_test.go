package vexrt_test

// Benchmarks of Map against a plain Go map, with 1000 int or string keys.
// CPU time per operation, medians of 5 runs of a fixed number of
// iterations on the project's 2-core machine (AMD EPYC, linux/amd64, Go
// 1.26), shared with other builds; see docs/performance.md:
//
//	                          go map          vexrt.Map
//	Set, 1000 new keys        80.7 µs         76.9 µs
//	Set, existing key         12.5 ns         15.3 ns
//	Get, int key              7.4 ns          9.6 ns
//	Get, string key           12.9 ns         15.6 ns
//	Update (m[k]++; Entry)    20.7 ns         18.7 ns (Set(k, TryGet(k)+1): 33.0 ns)
//	Iterate over 1000 keys    8.1 µs          1.9 µs
//	Remove and insert again   37.3 ns         77.4 ns
//
//	VecGet: 1.7 ns, indexing a Go slice: 1.6 ns; no allocations.
//
// A lookup hashes the key with maphash.Comparable, which costs a little
// more than a Go map's specialised hashing, and probes 4-byte slots; an
// update through Entry needs one lookup where Set(k, TryGet(k)) needs two.
// A removal leaves a hole in the entries and a mark in the slots, and every
// so many removals the Map compacts and rehashes, so churn costs about
// twice a Go map's. Iteration scans a slice and is four times faster than
// ranging over a Go map. TestMapMemory measures the memory.

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/vexlang/vex2go/vexrt"
)

const benchKeys = 1000

// benchIntKeys returns benchKeys distinct ints in random order.
func benchIntKeys() []int {
	return rand.New(rand.NewPCG(5, 6)).Perm(benchKeys)
}

// benchStringKeys returns benchKeys distinct strings in random order.
func benchStringKeys() []string {
	keys := make([]string, benchKeys)
	for i, k := range benchIntKeys() {
		keys[i] = "key-" + strconv.Itoa(k)
	}
	return keys
}

var benchMapSink int

func BenchmarkMapSet(b *testing.B) {
	keys := benchIntKeys()
	b.Run("new/go", func(b *testing.B) {
		for b.Loop() {
			m := map[int]int{}
			for i, k := range keys {
				m[k] = i
			}
			benchMapSink += len(m)
		}
	})
	b.Run("new/vexrt", func(b *testing.B) {
		for b.Loop() {
			m := vexrt.NewMap[int, int]()
			for i, k := range keys {
				m.Set(k, i)
			}
			benchMapSink += int(m.Len())
		}
	})
	b.Run("existing/go", func(b *testing.B) {
		m := map[int]int{}
		for i, k := range keys {
			m[k] = i
		}
		for i := 0; b.Loop(); i++ {
			m[keys[i%benchKeys]] = i
		}
	})
	b.Run("existing/vexrt", func(b *testing.B) {
		m := vexrt.NewMap[int, int]()
		for i, k := range keys {
			m.Set(k, i)
		}
		for i := 0; b.Loop(); i++ {
			m.Set(keys[i%benchKeys], i)
		}
	})
}

func BenchmarkMapGet(b *testing.B) {
	ints := benchIntKeys()
	strs := benchStringKeys()
	b.Run("int/go", func(b *testing.B) {
		m := map[int]int{}
		for i, k := range ints {
			m[k] = i
		}
		for i := 0; b.Loop(); i++ {
			benchMapSink += m[ints[i%benchKeys]]
		}
	})
	b.Run("int/vexrt", func(b *testing.B) {
		m := vexrt.NewMap[int, int]()
		for i, k := range ints {
			m.Set(k, i)
		}
		for i := 0; b.Loop(); i++ {
			benchMapSink += m.Get(ints[i%benchKeys])
		}
	})
	b.Run("string/go", func(b *testing.B) {
		m := map[string]int{}
		for i, k := range strs {
			m[k] = i
		}
		for i := 0; b.Loop(); i++ {
			benchMapSink += m[strs[i%benchKeys]]
		}
	})
	b.Run("string/vexrt", func(b *testing.B) {
		m := vexrt.NewMap[string, int]()
		for i, k := range strs {
			m.Set(k, i)
		}
		for i := 0; b.Loop(); i++ {
			benchMapSink += m.Get(strs[i%benchKeys])
		}
	})
}

func BenchmarkMapIterate(b *testing.B) {
	keys := benchIntKeys()
	b.Run("go", func(b *testing.B) {
		m := map[int]int{}
		for i, k := range keys {
			m[k] = i
		}
		for b.Loop() {
			for k, v := range m {
				benchMapSink += k + v
			}
		}
	})
	b.Run("vexrt", func(b *testing.B) {
		m := vexrt.NewMap[int, int]()
		for i, k := range keys {
			m.Set(k, i)
		}
		for b.Loop() {
			for k, v := range m.All() {
				benchMapSink += k + v
			}
		}
	})
}

// BenchmarkMapRemoveInsert removes a key and inserts it again, which in a
// Map leaves a tombstone each time and compacts the entries every 1000 or
// so operations.
func BenchmarkMapRemoveInsert(b *testing.B) {
	keys := benchIntKeys()
	b.Run("go", func(b *testing.B) {
		m := map[int]int{}
		for i, k := range keys {
			m[k] = i
		}
		for i := 0; b.Loop(); i++ {
			k := keys[i%benchKeys]
			delete(m, k)
			m[k] = i
		}
	})
	b.Run("vexrt", func(b *testing.B) {
		m := vexrt.NewMap[int, int]()
		for i, k := range keys {
			m.Set(k, i)
		}
		for i := 0; b.Loop(); i++ {
			k := keys[i%benchKeys]
			m.Remove(k)
			m.Set(k, i)
		}
	})
}

func BenchmarkVecGet(b *testing.B) {
	v := benchIntKeys()
	b.Run("go", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			benchMapSink += v[i%benchKeys]
		}
	})
	b.Run("vexrt", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			benchMapSink += vexrt.VecGet(v, int64(i%benchKeys))
		}
	})
}

// BenchmarkMapUpdate adds one to the value of a key, as a word count does:
// m[k]++ in Go; in Vex m.set(k, (m.tryGet(k) ?? 0) + 1), which costs two
// lookups as Set(TryGet) and one through Entry.
func BenchmarkMapUpdate(b *testing.B) {
	keys := benchStringKeys()
	b.Run("go", func(b *testing.B) {
		m := map[string]int{}
		for i := 0; b.Loop(); i++ {
			m[keys[i%benchKeys]]++
		}
	})
	b.Run("vexrt-set-tryget", func(b *testing.B) {
		m := vexrt.NewMap[string, int]()
		for i := 0; b.Loop(); i++ {
			k := keys[i%benchKeys]
			m.Set(k, m.TryGet(k).Or(0)+1)
		}
	})
	b.Run("vexrt-entry", func(b *testing.B) {
		m := vexrt.NewMap[string, int]()
		for i := 0; b.Loop(); i++ {
			p, _ := m.Entry(keys[i%benchKeys])
			*p++
		}
	})
}
