package vexrt

import "iter"

// A Map is a Vex Map<K, V>: a hash map that remembers the order in which
// its keys were inserted. Iteration, Keys, Values and printing visit the
// keys in that order. Setting a key that is present replaces its value and
// keeps its position; removing a key removes it from the order, and
// inserting it again puts it last. Set, Get, Contains and Remove take
// constant (amortised) time.
//
// Generated code uses a *Map, made by NewMap or MapOf; the zero Map is
// empty and ready to use. A Map is not safe for concurrent use when one of
// the goroutines modifies it, like a Go map. It may be modified while it is
// iterated over: the iteration then skips the keys removed before it
// reaches them and visits the keys inserted meanwhile, as JavaScript's Map
// does.
type Map[K comparable, V any] struct {
	index   map[K]int        // the position in entries of each key
	entries []mapEntry[K, V] // the keys in insertion order, with tombstones
	dead    int              // the number of tombstones in entries
	seq     uint64           // the seq of the latest entry
	gen     uint64           // the number of compactions, which move entries
}

// A mapEntry is a key and its value. Its seq, which grows with each
// insertion, orders the entries; a tombstone, the place of a removed key,
// has seq 0.
type mapEntry[K comparable, V any] struct {
	key   K
	value V
	seq   uint64
}

// NewMap returns an empty Map.
func NewMap[K comparable, V any]() *Map[K, V] {
	return &Map[K, V]{index: make(map[K]int)}
}

// MapOf returns a Map holding the pairs, as the map literal with the keys
// pairs[i].V0 and values pairs[i].V1 would: a key that occurs twice keeps
// the position of its first pair and the value of its last.
func MapOf[K comparable, V any](pairs ...Tuple2[K, V]) *Map[K, V] {
	m := &Map[K, V]{index: make(map[K]int, len(pairs)), entries: make([]mapEntry[K, V], 0, len(pairs))}
	for _, p := range pairs {
		m.insert(p.V0, p.V1)
	}
	return m
}

// Set maps k to v. If k is present, its value is replaced and it keeps its
// position in the order; otherwise it is added last.
func (m *Map[K, V]) Set(k K, v V) { m.insert(k, v) }

// Insert is Set: Vex has both map.set(k, v) and map.insert(k, v).
func (m *Map[K, V]) Insert(k K, v V) { m.insert(k, v) }

// insert maps k to v and reports whether k was added.
func (m *Map[K, V]) insert(k K, v V) bool {
	if i, ok := m.index[k]; ok {
		m.entries[i].value = v
		return false
	}
	if m.index == nil {
		m.index = make(map[K]int)
	}
	m.index[k] = len(m.entries)
	m.seq++
	m.entries = append(m.entries, mapEntry[K, V]{k, v, m.seq})
	return true
}

// Get returns the value of k. If k is missing, Get panics as Panic does,
// with the message: key "x" not found in Map (the key shown as Nested
// shows it).
func (m *Map[K, V]) Get(k K) V {
	i, ok := m.index[k]
	if !ok {
		missingKey(k)
	}
	return m.entries[i].value
}

// missingKey panics for Map.Get of the missing key k.
func missingKey(k any) {
	raise("key " + Nested(k) + " not found in Map")
}

// TryGet returns Some with the value of k, or None if k is missing.
func (m *Map[K, V]) TryGet(k K) Option[V] {
	if i, ok := m.index[k]; ok {
		return Some(m.entries[i].value)
	}
	return None[V]()
}

// Contains reports whether k is present.
func (m *Map[K, V]) Contains(k K) bool {
	_, ok := m.index[k]
	return ok
}

// Remove removes k and its value and reports whether k was present.
func (m *Map[K, V]) Remove(k K) bool {
	i, ok := m.index[k]
	if !ok {
		return false
	}
	delete(m.index, k)
	m.entries[i] = mapEntry[K, V]{}
	m.dead++
	if m.dead > len(m.entries)/2 {
		m.compact()
	}
	return true
}

// compact removes the tombstones from m.entries, in place.
func (m *Map[K, V]) compact() {
	n := 0
	for i, e := range m.entries {
		if e.seq == 0 {
			continue
		}
		if n != i {
			m.entries[n] = e
			m.index[e.key] = n
		}
		n++
	}
	clear(m.entries[n:])
	m.entries = m.entries[:n]
	m.dead = 0
	m.gen++
}

// Len returns the number of keys.
func (m *Map[K, V]) Len() int64 { return int64(len(m.index)) }

// IsEmpty reports whether m has no keys.
func (m *Map[K, V]) IsEmpty() bool { return len(m.index) == 0 }

// Keys returns the keys in insertion order.
func (m *Map[K, V]) Keys() []K {
	keys := make([]K, 0, len(m.index))
	for _, e := range m.entries {
		if e.seq != 0 {
			keys = append(keys, e.key)
		}
	}
	return keys
}

// Values returns the values in the insertion order of their keys.
func (m *Map[K, V]) Values() []V {
	values := make([]V, 0, len(m.index))
	for _, e := range m.entries {
		if e.seq != 0 {
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
// returns false. The loop body may modify m: a removal that compacts the
// entries moves them, and all then resumes after the last entry it visited,
// found by its seq.
func (m *Map[K, V]) all(yield func(K, V) bool) {
	gen := m.gen
	var last uint64 // the seq of the last entry visited
	for i := 0; ; i++ {
		if m.gen != gen {
			gen = m.gen
			i = 0
			for i < len(m.entries) && m.entries[i].seq <= last {
				i++
			}
		}
		if i >= len(m.entries) {
			return
		}
		e := &m.entries[i]
		if e.seq == 0 {
			continue
		}
		last = e.seq
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
	for _, e := range m.entries {
		if e.seq == 0 {
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
func NewSet[T comparable]() *Set[T] {
	return &Set[T]{Map[T, struct{}]{index: make(map[T]int)}}
}

// SetOf returns a Set holding xs, in the order of their first occurrence.
func SetOf[T comparable](xs ...T) *Set[T] {
	s := &Set[T]{Map[T, struct{}]{index: make(map[T]int, len(xs)), entries: make([]mapEntry[T, struct{}], 0, len(xs))}}
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
	for _, e := range s.m.entries {
		if e.seq == 0 {
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
