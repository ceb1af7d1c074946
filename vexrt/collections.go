package vexrt

import (
	"hash/maphash"
	"iter"
	"math/bits"
	"sync/atomic"
	"unique"
)

// A Map is a Vex Map<K, V>: a hash map that remembers the order in which
// its keys were inserted. Iteration, Keys, Values and printing visit the
// keys in that order. Setting a key that is present replaces its value and
// keeps its position; removing a key removes it from the order, and
// inserting it again puts it last. Set, Get, Entry, Contains and Remove
// take constant (amortised) time.
//
// Generated code uses a *Map, made by NewMap or MapOf; the zero Map is
// empty and ready to use. A Map is not safe for concurrent use when one of
// the goroutines modifies it, like a Go map. It may be modified while it is
// iterated over: the iteration then skips the keys removed before it
// reaches them and visits the keys inserted meanwhile, as JavaScript's Map
// does.
//
// A Map holds its keys and values in a slice in insertion order, and finds
// them through a hash table with linear probing whose 4-byte slots hold an
// entry's position and as many bits of its key's hash as fit beside it,
// which spare most key comparisons with other keys. A Map needs at most a
// third more memory than a Go map of the same entries, and often less.
type Map[K comparable, V any] struct {
	entries []mapEntry[K, V] // in insertion order, with holes where keys were removed
	holes   []uint64         // bit i set: entries[i] is a hole; nil until the first removal
	nholes  int

	// slots is the hash table: empty, or a power of two 1<<shift long.
	// A slot is 0, or tag<<shift | i+1 for entries[i], where tag is the
	// top 32-shift bits of the high half of the key's hash and the low
	// bits of the hash choose the slot where the probe for the key starts,
	// or 1<<shift - 1 where a removed key was, which probes pass over. The
	// table is at most three quarters full, counting the removed keys and
	// holes, so i+1 is less than 1<<shift - 1.
	slots []uint32
	shift uint
	seed  maphash.Seed

	// iterating counts the iterations under way. While it is not zero,
	// Remove leaves the holes in place instead of compacting entries, so
	// that the iterations' positions stay valid.
	iterating atomic.Int32
}

// A mapEntry is a key and its value, or a hole.
type mapEntry[K comparable, V any] struct {
	key   K
	value V
}

// minSlots is the size of the hash table of a Map's first key.
const minSlots = 8

// NewMap returns an empty Map.
func NewMap[K comparable, V any]() *Map[K, V] { return &Map[K, V]{} }

// MapOf returns a Map holding the pairs, as the map literal with the keys
// pairs[i].V0 and values pairs[i].V1 would: a key that occurs twice keeps
// the position of its first pair and the value of its last.
func MapOf[K comparable, V any](pairs ...Tuple2[K, V]) *Map[K, V] {
	m := &Map[K, V]{}
	if len(pairs) > 0 {
		m.entries = make([]mapEntry[K, V], 0, len(pairs))
		m.rehash(tableSize(len(pairs)))
	}
	for _, p := range pairs {
		m.insert(p.V0, p.V1)
	}
	return m
}

// tableSize returns the size of a hash table for n entries: a power of two
// at least minSlots that is at most three quarters full.
func tableSize(n int) int {
	if n < minSlots*3/4 {
		return minSlots
	}
	return 1 << bits.Len(uint((n*4-1)/3))
}

// Set maps k to v. If k is present, its value is replaced and it keeps its
// position in the order; otherwise it is added last.
func (m *Map[K, V]) Set(k K, v V) { m.insert(k, v) }

// Insert is Set: Vex has both map.set(k, v) and map.insert(k, v).
func (m *Map[K, V]) Insert(k K, v V) { m.insert(k, v) }

// insert maps k to v and reports whether k was added.
func (m *Map[K, V]) insert(k K, v V) bool {
	p, found := m.Entry(k)
	*p = v
	return !found
}

// Entry returns a pointer to the value of k, and whether k was present.
// If k is missing, Entry adds it last with V's zero value. It is the
// update of a value with one hash lookup: Vex's
//
//	m.set(k, (m.tryGet(k) ?? d) + x)
//
// lowers to
//
//	p, ok := m.Entry(k)
//	if !ok {
//		*p = d
//	}
//	*p += x
//
// where the assignment to *p is left out when d is the zero value. The
// pointer is valid until m gains or loses a key.
func (m *Map[K, V]) Entry(k K) (*V, bool) {
	if len(m.slots) == 0 {
		m.rehash(minSlots)
	}
	_, i, h, found := m.find(k)
	if found {
		return &m.entries[i].value, true
	}
	if (len(m.entries)+1)*4 > len(m.slots)*3 {
		if uint64(len(m.slots)) == 1<<32 {
			raise("Map has too many entries")
		}
		m.rehash(len(m.slots) * 2)
	}
	m.entries = append(m.entries, mapEntry[K, V]{key: k})
	m.place(h, len(m.entries)-1)
	return &m.entries[len(m.entries)-1].value, false
}

// find returns the slot of k, its index in m.entries, its hash, and whether
// k is present. If m.slots is empty, k is not, and its hash is not
// computed.
func (m *Map[K, V]) find(k K) (s uint32, i int, h uint64, found bool) {
	if len(m.slots) == 0 {
		return 0, 0, 0, false
	}
	h = maphash.Comparable(m.seed, k)
	mask := uint32(len(m.slots) - 1)
	tag := uint32(h>>32) >> m.shift
	for s = uint32(h) & mask; ; s = (s + 1) & mask {
		e := m.slots[s]
		if e == 0 {
			return s, 0, h, false
		}
		if e>>m.shift == tag && e&mask != mask {
			if i = int(e&mask) - 1; m.entries[i].key == k {
				return s, i, h, true
			}
		}
	}
}

// place puts entries[i], whose key's hash is h, into the hash table.
func (m *Map[K, V]) place(h uint64, i int) {
	mask := uint32(len(m.slots) - 1)
	s := uint32(h) & mask
	for m.slots[s] != 0 {
		s = (s + 1) & mask
	}
	m.slots[s] = uint32(h>>32)>>m.shift<<m.shift | uint32(i+1)
}

// rehash makes a hash table of size slots for the entries of m. The first
// table gets the seed of m's hashes.
func (m *Map[K, V]) rehash(size int) {
	if m.slots == nil {
		m.seed = maphash.MakeSeed()
	}
	m.slots = make([]uint32, size)
	m.shift = uint(bits.TrailingZeros(uint(size)))
	for i := range m.entries {
		if !m.isHole(i) {
			m.place(maphash.Comparable(m.seed, m.entries[i].key), i)
		}
	}
}

// isHole reports whether entries[i] is the hole of a removed key.
func (m *Map[K, V]) isHole(i int) bool {
	return m.nholes > 0 && i>>6 < len(m.holes) && m.holes[i>>6]&(1<<(i&63)) != 0
}

// Get returns the value of k. If k is missing, Get panics as Panic does,
// with the message: key "x" not found in Map (the key shown as Nested
// shows it).
func (m *Map[K, V]) Get(k K) V {
	_, i, _, ok := m.find(k)
	if !ok {
		// The message shows a copy of k that unique.Make made: k itself,
		// passed as an any, would escape, and a key built for the lookup
		// ("id" + n) could no longer live on the caller's stack.
		missingKey(unique.Make(k).Value())
	}
	return m.entries[i].value
}

// missingKey panics for Map.Get of the missing key k.
func missingKey(k any) {
	raise("key " + Nested(k) + " not found in Map")
}

// TryGet returns Some with the value of k, or None if k is missing.
func (m *Map[K, V]) TryGet(k K) Option[V] {
	if _, i, _, ok := m.find(k); ok {
		return Option[V]{m.entries[i].value, true}
	}
	return Option[V]{}
}

// Contains reports whether k is present.
func (m *Map[K, V]) Contains(k K) bool {
	_, _, _, ok := m.find(k)
	return ok
}

// Remove removes k and its value and reports whether k was present.
func (m *Map[K, V]) Remove(k K) bool {
	s, i, _, found := m.find(k)
	if !found {
		return false
	}
	m.slots[s] = uint32(len(m.slots) - 1)
	m.entries[i] = mapEntry[K, V]{}
	if i>>6 >= len(m.holes) {
		m.holes = append(m.holes, make([]uint64, i>>6+1-len(m.holes))...)
	}
	m.holes[i>>6] |= 1 << (i & 63)
	m.nholes++
	if m.nholes > len(m.entries)/2 && m.iterating.Load() == 0 {
		m.compact()
	}
	return true
}

// compact removes the holes from m.entries, in place, and rebuilds the
// hash table for the keys that remain.
func (m *Map[K, V]) compact() {
	n := 0
	for i, e := range m.entries {
		if !m.isHole(i) {
			m.entries[n] = e
			n++
		}
	}
	clear(m.entries[n:])
	m.entries = m.entries[:n]
	m.holes, m.nholes = nil, 0
	m.rehash(tableSize(n))
}

// Len returns the number of keys.
func (m *Map[K, V]) Len() int64 { return int64(len(m.entries) - m.nholes) }

// IsEmpty reports whether m has no keys.
func (m *Map[K, V]) IsEmpty() bool { return m.Len() == 0 }

// Keys returns the keys in insertion order.
func (m *Map[K, V]) Keys() []K {
	keys := make([]K, 0, m.Len())
	for i, e := range m.entries {
		if !m.isHole(i) {
			keys = append(keys, e.key)
		}
	}
	return keys
}

// Values returns the values in the insertion order of their keys.
func (m *Map[K, V]) Values() []V {
	values := make([]V, 0, m.Len())
	for i, e := range m.entries {
		if !m.isHole(i) {
			values = append(values, e.value)
		}
	}
	return values
}

// All returns an iterator over the keys and values in insertion order,
// for a Vex loop for (k, v) in m:
//
//	for k, v := range m.All() { ... }
func (m *Map[K, V]) All() iter.Seq2[K, V] { return m.all }

// all calls yield for each key and value in insertion order until yield
// returns false. The loop body may modify m: while it runs, removals leave
// holes and insertions append, so the entries keep their positions.
//
// An iteration that is abandoned without returning, as by an iter.Pull
// whose stop function is never called, keeps m from compacting its holes.
func (m *Map[K, V]) all(yield func(K, V) bool) {
	m.iterating.Add(1)
	defer m.iterating.Add(-1)
	for i := 0; i < len(m.entries); i++ {
		if m.isHole(i) {
			continue
		}
		e := &m.entries[i]
		if !yield(e.key, e.value) {
			return
		}
	}
}

// String formats m as Vex displays it, as in {"a": 1, "b": 2}: the keys in
// insertion order, keys and values formatted as Nested does. A nil *Map
// is nil.
func (m *Map[K, V]) String() string {
	if m == nil {
		return "nil"
	}
	b := []byte{'{'}
	for i, e := range m.entries {
		if m.isHole(i) {
			continue
		}
		if len(b) > 1 {
			b = append(b, ", "...)
		}
		b = appendAny(b, e.key, true)
		b = append(b, ": "...)
		b = appendAny(b, e.value, true)
	}
	return string(append(b, '}'))
}

func (*Map[K, V]) vexType() string { return "Map<" + typeName[K]() + ", " + typeName[V]() + ">" }

// A Set is a Vex Set<T>: a hash set that remembers the order in which its
// elements were inserted, as a Map does its keys. Iteration, Values and
// printing visit the elements in that order.
//
// Generated code uses a *Set, made by NewSet or SetOf; the zero Set is
// empty and ready to use. Like a Map, a Set is not safe for concurrent
// modification and may be modified while it is iterated over.
type Set[T comparable] struct {
	m Map[T, struct{}]
}

// NewSet returns an empty Set.
func NewSet[T comparable]() *Set[T] { return &Set[T]{} }

// SetOf returns a Set holding xs, in the order of their first occurrence.
func SetOf[T comparable](xs ...T) *Set[T] {
	s := &Set[T]{}
	if len(xs) > 0 {
		s.m.entries = make([]mapEntry[T, struct{}], 0, len(xs))
		s.m.rehash(tableSize(len(xs)))
	}
	for _, x := range xs {
		s.m.insert(x, struct{}{})
	}
	return s
}

// Insert adds x last, unless it is present, and reports whether it added x.
func (s *Set[T]) Insert(x T) bool { return s.m.insert(x, struct{}{}) }

// Contains reports whether x is in s.
func (s *Set[T]) Contains(x T) bool { return s.m.Contains(x) }

// Remove removes x and reports whether it was present.
func (s *Set[T]) Remove(x T) bool { return s.m.Remove(x) }

// Len returns the number of elements.
func (s *Set[T]) Len() int64 { return s.m.Len() }

// IsEmpty reports whether s has no elements.
func (s *Set[T]) IsEmpty() bool { return s.m.IsEmpty() }

// Values returns the elements in insertion order.
func (s *Set[T]) Values() []T { return s.m.Keys() }

// All returns an iterator over the elements in insertion order, for a Vex
// loop for x in s:
//
//	for x := range s.All() { ... }
func (s *Set[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		s.m.all(func(x T, _ struct{}) bool { return yield(x) })
	}
}

// String formats s as Vex displays it, as in {1, 2}: the elements in
// insertion order, formatted as Nested does. A nil *Set is nil.
func (s *Set[T]) String() string {
	if s == nil {
		return "nil"
	}
	b := []byte{'{'}
	for i, e := range s.m.entries {
		if s.m.isHole(i) {
			continue
		}
		if len(b) > 1 {
			b = append(b, ", "...)
		}
		b = appendAny(b, e.key, true)
	}
	return string(append(b, '}'))
}

func (*Set[T]) vexType() string { return "Set<" + typeName[T]() + ">" }
