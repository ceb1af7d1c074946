package vexrt

// Tuple2 is a Vex tuple of 2 elements. Field Vi is the tuple's element t.i.
// Tuple3 to Tuple6 are the same for 3 to 6 elements.
type Tuple2[A, B any] struct {
	V0 A
	V1 B
}

// T2 returns the tuple (a, b).
func T2[A, B any](a A, b B) Tuple2[A, B] { return Tuple2[A, B]{a, b} }

// String formats t as Vex displays it, as in (1, "a").
func (t Tuple2[A, B]) String() string { return formatTuple(t.V0, t.V1) }

func (Tuple2[A, B]) vexType() string { return "(" + typeName[A]() + ", " + typeName[B]() + ")" }

// Tuple3 is a Vex tuple of 3 elements.
type Tuple3[A, B, C any] struct {
	V0 A
	V1 B
	V2 C
}

// T3 returns the tuple (a, b, c).
func T3[A, B, C any](a A, b B, c C) Tuple3[A, B, C] { return Tuple3[A, B, C]{a, b, c} }

// String formats t as Vex displays it, as in (1, "a").
func (t Tuple3[A, B, C]) String() string { return formatTuple(t.V0, t.V1, t.V2) }

func (Tuple3[A, B, C]) vexType() string {
	return "(" + typeName[A]() + ", " + typeName[B]() + ", " + typeName[C]() + ")"
}

// Tuple4 is a Vex tuple of 4 elements.
type Tuple4[A, B, C, D any] struct {
	V0 A
	V1 B
	V2 C
	V3 D
}

// T4 returns the tuple (a, b, c, d).
func T4[A, B, C, D any](a A, b B, c C, d D) Tuple4[A, B, C, D] { return Tuple4[A, B, C, D]{a, b, c, d} }

// String formats t as Vex displays it, as in (1, "a").
func (t Tuple4[A, B, C, D]) String() string { return formatTuple(t.V0, t.V1, t.V2, t.V3) }

func (Tuple4[A, B, C, D]) vexType() string {
	return "(" + typeName[A]() + ", " + typeName[B]() + ", " + typeName[C]() + ", " + typeName[D]() + ")"
}

// Tuple5 is a Vex tuple of 5 elements.
type Tuple5[A, B, C, D, E any] struct {
	V0 A
	V1 B
	V2 C
	V3 D
	V4 E
}

// T5 returns the tuple (a, b, c, d, e).
func T5[A, B, C, D, E any](a A, b B, c C, d D, e E) Tuple5[A, B, C, D, E] {
	return Tuple5[A, B, C, D, E]{a, b, c, d, e}
}

// String formats t as Vex displays it, as in (1, "a").
func (t Tuple5[A, B, C, D, E]) String() string { return formatTuple(t.V0, t.V1, t.V2, t.V3, t.V4) }

func (Tuple5[A, B, C, D, E]) vexType() string {
	return "(" + typeName[A]() + ", " + typeName[B]() + ", " + typeName[C]() + ", " + typeName[D]() + ", " + typeName[E]() + ")"
}

// Tuple6 is a Vex tuple of 6 elements.
type Tuple6[A, B, C, D, E, F any] struct {
	V0 A
	V1 B
	V2 C
	V3 D
	V4 E
	V5 F
}

// T6 returns the tuple (a, b, c, d, e, f).
func T6[A, B, C, D, E, F any](a A, b B, c C, d D, e E, f F) Tuple6[A, B, C, D, E, F] {
	return Tuple6[A, B, C, D, E, F]{a, b, c, d, e, f}
}

// String formats t as Vex displays it, as in (1, "a").
func (t Tuple6[A, B, C, D, E, F]) String() string {
	return formatTuple(t.V0, t.V1, t.V2, t.V3, t.V4, t.V5)
}

func (Tuple6[A, B, C, D, E, F]) vexType() string {
	return "(" + typeName[A]() + ", " + typeName[B]() + ", " + typeName[C]() + ", " + typeName[D]() + ", " + typeName[E]() + ", " + typeName[F]() + ")"
}

func formatTuple(vs ...any) string {
	b := []byte{'('}
	for i, v := range vs {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = appendAny(b, v, true)
	}
	return string(append(b, ')'))
}
