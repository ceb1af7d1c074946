package vexrt

// Typed display of containers that hold chars. A Vex char is a Go rune,
// which is an int32 to reflection, so Display would print it as a number.
// For a type that holds chars somewhere inside a Vec, array, slice, Map,
// Set, Option, Result or tuple, generated code formats the value with the
// functions below and a formatter for each element type, QuoteChar for the
// chars themselves:
//
//	vexrt.ShowSlice(cs, vexrt.QuoteChar)   // ['a', 'b']

// Show formats x as Nested does. It is the formatter generated code passes
// for element types that need no help: vexrt.Show[int64].
func Show[T any](x T) string { return Nested(x) }

// ShowSlice formats v as [a, b], each element formatted by elem.
func ShowSlice[T any](v []T, elem func(T) string) string {
	b := []byte{'['}
	for i, x := range v {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = append(b, elem(x)...)
	}
	return string(append(b, ']'))
}

// ShowOption formats o as Some(x) or None, the value formatted by elem.
func ShowOption[T any](o Option[T], elem func(T) string) string {
	if !o.ok {
		return "None"
	}
	return "Some(" + elem(o.value) + ")"
}

// ShowResult formats r as Ok(x) or Err(e), with the value formatted by ok
// and the error by err.
func ShowResult[T, E any](r Result[T, E], ok func(T) string, err func(E) string) string {
	if r.ok {
		return "Ok(" + ok(r.value) + ")"
	}
	return "Err(" + err(r.err) + ")"
}

// ShowMap formats m as {k: v, ...} in insertion order, keys formatted by
// key and values by value. A nil *Map is nil.
func ShowMap[K comparable, V any](m *Map[K, V], key func(K) string, value func(V) string) string {
	if m == nil {
		return "nil"
	}
	b := []byte{'{'}
	for k, v := range m.All() {
		if len(b) > 1 {
			b = append(b, ", "...)
		}
		b = append(b, key(k)...)
		b = append(b, ": "...)
		b = append(b, value(v)...)
	}
	return string(append(b, '}'))
}

// ShowSet formats s as {x, ...} in insertion order, the elements formatted
// by elem. A nil *Set is nil.
func ShowSet[T comparable](s *Set[T], elem func(T) string) string {
	if s == nil {
		return "nil"
	}
	b := []byte{'{'}
	for x := range s.All() {
		if len(b) > 1 {
			b = append(b, ", "...)
		}
		b = append(b, elem(x)...)
	}
	return string(append(b, '}'))
}

// ShowTuple formats the formatted elements of a tuple as (a, b).
func ShowTuple(parts ...string) string {
	b := []byte{'('}
	for i, p := range parts {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = append(b, p...)
	}
	return string(append(b, ')'))
}
