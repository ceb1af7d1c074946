package vexrt_test

import (
	"errors"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/vexlang/vex2go/vexrt"
)

type Point struct{ x, y float64 }

type User struct {
	name string
	age  int32
}

type Id struct{ V0 uint64 }

type Pair[A, B any] struct {
	First  A
	Second B
}

type Empty struct{}

type Direction int

const North Direction = 0

func (d Direction) String() string { return [...]string{"North"}[d] }

// Move is what vex2go might generate for the enum variant Move(i32, i32).
type Move struct{ V0, V1 int32 }

func (m Move) String() string { return "Move(" + vexrt.Int(m.V0) + ", " + vexrt.Int(m.V1) + ")" }

type Celsius float64

type Name string

func TestDisplay(t *testing.T) {
	a, b := 0.1, 0.2
	r := 5.0
	x := int32(7)
	var nilPoint *Point
	tests := []struct {
		name string
		got  string
		want string
	}{
		// integers
		{"Int", vexrt.Int(-7), "-7"},
		{"Int/i8", vexrt.Int(int8(-128)), "-128"},
		{"Int/i64", vexrt.Int(int64(math.MinInt64)), "-9223372036854775808"},
		{"Uint/u64", vexrt.Uint(uint64(math.MaxUint64)), "18446744073709551615"},
		{"Uint/u8", vexrt.Uint(uint8(255)), "255"},
		{"Display/i32", vexrt.Display(int32(-7)), "-7"},
		{"Display/usize", vexrt.Display(uint(42)), "42"},
		{"Display/named", vexrt.Display(Direction(0)), "North"},

		// floats
		{"Float/third", vexrt.Float(10.0 / 3), "3.333333"},
		{"Float/area", vexrt.Float(3.14159 * r * r), "78.53975"},
		{"Float/whole", vexrt.Float(16.0), "16.0"},
		{"Float/negative", vexrt.Float(-0.5), "-0.5"},
		{"Float/sum", vexrt.Float(a + b), "0.3"},
		{"Float/tiny", vexrt.Float(1e-7), "0.0"},
		{"Float/negzero", vexrt.Float(math.Copysign(0, -1)), "-0.0"},
		{"Float/big", vexrt.Float(1e20), "100000000000000000000.0"},
		{"Float/NaN", vexrt.Float(math.NaN()), "NaN"},
		{"Float/inf", vexrt.Float(math.Inf(1)), "inf"},
		{"Float/-inf", vexrt.Float(math.Inf(-1)), "-inf"},
		{"Float/f32", vexrt.Float(float32(0.1)), "0.1"},
		{"Float/f32third", vexrt.Float(float32(1) / 3), "0.333333"},
		{"Float/f32inf", vexrt.Float(float32(math.Inf(-1))), "-inf"},
		{"Float/named", vexrt.Float(Celsius(21.5)), "21.5"},
		{"Display/f64", vexrt.Display(2.5), "2.5"},
		{"Display/f32", vexrt.Display(float32(16)), "16.0"},
		{"Display/namedfloat", vexrt.Display(Celsius(-3)), "-3.0"},

		// bool
		{"Bool/true", vexrt.Bool(true), "true"},
		{"Bool/false", vexrt.Bool(false), "false"},
		{"Display/bool", vexrt.Display(true), "true"},

		// char
		{"Char", vexrt.Char('a'), "a"},
		{"Char/unicode", vexrt.Char('☺'), "☺"},
		{"QuoteChar", vexrt.QuoteChar('a'), "'a'"},
		{"QuoteChar/newline", vexrt.QuoteChar('\n'), `'\n'`},
		{"QuoteChar/quote", vexrt.QuoteChar('\''), `'\''`},

		// string
		{"Display/string", vexrt.Display("hello"), "hello"},
		{"Nested/string", vexrt.Nested("hello"), `"hello"`},
		{"Quote", vexrt.Quote("say \"hi\"\n"), `"say \"hi\"\n"`},
		{"Display/namedstring", vexrt.Display(Name("Bo")), "Bo"},
		{"Nested/namedstring", vexrt.Nested(Name("Bo")), `"Bo"`},

		// unit
		{"Display/unit", vexrt.Display(vexrt.Unit{}), "()"},
		{"Unit.String", vexrt.Unit{}.String(), "()"},

		// Option
		{"Some", vexrt.Some(42).String(), "Some(42)"},
		{"None", vexrt.None[int]().String(), "None"},
		{"Some/string", vexrt.Some("x").String(), `Some("x")`},
		{"Some/Some", vexrt.Some(vexrt.Some(1.5)).String(), "Some(Some(1.5))"},
		{"Display/Some", vexrt.Display(vexrt.Some(int64(3))), "Some(3)"},

		// Result
		{"Ok", vexrt.Ok[int, string](1).String(), "Ok(1)"},
		{"Err", vexrt.Err[int]("boom").String(), `Err("boom")`},
		{"Display/Err", vexrt.Display(vexrt.Err[int](errors.New("no file"))), `Err("no file")`},

		// Vec, array, slice
		{"slice", vexrt.Display([]int32{1, 2, 3}), "[1, 2, 3]"},
		{"slice/empty", vexrt.Display([]int{}), "[]"},
		{"slice/nil", vexrt.Display([]int(nil)), "[]"},
		{"array", vexrt.Display([2]string{"a", "b"}), `["a", "b"]`},
		{"slice/floats", vexrt.Display([]float64{1, 2.5}), "[1.0, 2.5]"},
		{"slice/nested", vexrt.Display([][]int{{1}, {2, 3}}), "[[1], [2, 3]]"},
		{"slice/options", vexrt.Display([]vexrt.Option[string]{vexrt.Some("a"), vexrt.None[string]()}), `[Some("a"), None]`},
		{"slice/any", vexrt.Display([]any{1, "a", nil, 'c'}), `[1, "a", nil, 99]`},
		{"slice/bytes", vexrt.Display([]byte("hi")), "[104, 105]"},
		{"slice/i64", vexrt.Display([]int64{-1, 0, 9}), "[-1, 0, 9]"},
		{"slice/strings", vexrt.Display([]string{"a", "b\n"}), `["a", "b\n"]`},
		{"slice/bools", vexrt.Display([]bool{true, false}), "[true, false]"},
		{"slice/floatspecial", vexrt.Display([]float64{math.Inf(1), 0.1}), "[inf, 0.1]"},
		{"Nested/i64", vexrt.Nested(int64(-12)), "-12"},
		{"Nested/slice", vexrt.Nested([]string{"x"}), `["x"]`},

		// tuple
		{"T2", vexrt.T2(1, "a").String(), `(1, "a")`},
		{"T3", vexrt.T3(1.5, true, vexrt.Unit{}).String(), "(1.5, true, ())"},
		{"T6", vexrt.T6(1, 2, 3, 4, 5, "six").String(), `(1, 2, 3, 4, 5, "six")`},
		{"slice/tuples", vexrt.Display([]vexrt.Tuple2[string, int]{vexrt.T2("a", 1)}), `[("a", 1)]`},

		// Map (Go maps, in key order)
		{"map", vexrt.Display(map[string]int{"b": 2, "a": 1}), `{"a": 1, "b": 2}`},
		{"map/ints", vexrt.Display(map[int]bool{10: true, 9: false}), "{9: false, 10: true}"},
		{"map/empty", vexrt.Display(map[string]int{}), "{}"},
		{"map/uints", vexrt.Display(map[uint8]float32{2: 0.5, 1: 1}), "{1: 1.0, 2: 0.5}"},
		{"map/floats", vexrt.Display(map[float64]string{2.5: "b", -1: "a"}), `{-1.0: "a", 2.5: "b"}`},
		{"map/structs", vexrt.Display(map[Id]string{{2}: "b", {1}: "a"}), `{Id(1): "a", Id(2): "b"}`},

		// struct
		{"struct", vexrt.Display(Point{1, 2}), "Point { x: 1.0, y: 2.0 }"},
		{"struct/strings", vexrt.Display(User{"Alice", 30}), `User { name: "Alice", age: 30 }`},
		{"struct/tuple", vexrt.Display(Id{7}), "Id(7)"},
		{"struct/generic", vexrt.Display(Pair[int, string]{1, "x"}), `Pair { First: 1, Second: "x" }`},
		{"struct/empty", vexrt.Display(Empty{}), "Empty"},
		{"struct/nested", vexrt.Display([]Point{{0, 0.5}}), "[Point { x: 0.0, y: 0.5 }]"},
		{"struct/anonymous", vexrt.Display(struct{ a []string }{[]string{"z"}}), `{ a: ["z"] }`},

		// enum
		{"enum/unit", vexrt.Display(North), "North"},
		{"enum/payload", vexrt.Display(Move{1, 2}), "Move(1, 2)"},
		{"enum/nested", vexrt.Display([]Move{{3, 4}}), "[Move(3, 4)]"},

		// Channel, Future, functions
		{"Channel", vexrt.Display(vexrt.NewChannel[int32](0)), "Channel<i32>"},
		{"Channel/string", vexrt.NewChannel[string](1).String(), "Channel<string>"},
		{"Channel/Option", vexrt.NewChannel[vexrt.Option[float64]](1).String(), "Channel<Option<f64>>"},
		{"Channel/Result", vexrt.NewChannel[vexrt.Result[int64, string]](1).String(), "Channel<Result<i64, string>>"},
		{"Channel/tuple", vexrt.NewChannel[vexrt.Tuple2[int32, bool]](1).String(), "Channel<(i32, bool)>"},
		{"Channel/struct", vexrt.NewChannel[Point](1).String(), "Channel<Point>"},
		{"Channel/generic", vexrt.NewChannel[Pair[int, int]](1).String(), "Channel<Pair>"},
		{"Channel/unsigned", vexrt.NewChannel[uint8](1).String(), "Channel<u8>"},
		{"Channel/isize", vexrt.NewChannel[int](1).String(), "Channel<isize>"},
		{"Channel/f32", vexrt.NewChannel[float32](1).String(), "Channel<f32>"},
		{"Channel/slice", vexrt.NewChannel[[]uint64](1).String(), "Channel<[u64]>"},
		{"Channel/array", vexrt.NewChannel[[3]int16](1).String(), "Channel<[i16; 3]>"},
		{"Channel/ref", vexrt.NewChannel[*Point](1).String(), "Channel<&Point>"},
		{"Channel/func", vexrt.NewChannel[func(int32, string) bool](1).String(), "Channel<fn(i32, string): bool>"},
		{"Channel/func2", vexrt.NewChannel[func() (int8, error)](1).String(), "Channel<fn(): (i8, error)>"},
		{"Channel/Channel", vexrt.NewChannel[*vexrt.Channel[int64]](1).String(), "Channel<Channel<i64>>"},
		{"Future", vexrt.Display(vexrt.Ready[int32](1)), "Future<i32>"},
		{"Future/unit", vexrt.Sleep(0).String(), "Future<()>"},
		{"Future/slice", vexrt.Ready([]string{}).String(), "Future<[string]>"},
		{"Future/Future", vexrt.Ready(vexrt.Ready(1.0)).String(), "Future<Future<f64>>"},
		{"func", vexrt.Display(func() {}), "fn"},
		{"func/nested", vexrt.Display([]func(int) string{strconv.Itoa}), "[fn]"},
		{"func/library", vexrt.Display(strings.ToUpper), "fn"},

		// toString (a String method), errors
		{"Stringer", vexrt.Display(vexrt.Some(North)), "Some(North)"},
		{"error", vexrt.Display(errors.New("disk full")), "disk full"},
		{"error/nested", vexrt.Display([]error{errors.New("e")}), `["e"]`},

		// references and nil
		{"pointer", vexrt.Display(&x), "7"},
		{"pointer/struct", vexrt.Display(&Point{3, 4}), "Point { x: 3.0, y: 4.0 }"},
		{"pointer/nil", vexrt.Display(nilPoint), "nil"},
		{"nil", vexrt.Display(nil), "nil"},

		// other Go kinds
		{"uintptr", vexrt.Display(uintptr(8)), "8"},
		{"complex", vexrt.Display(complex(1, -2)), "(1-2i)"},
		{"Nested/int", vexrt.Nested(42), "42"},
		{"Nested/Some", vexrt.Nested(vexrt.Some("s")), `Some("s")`},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, tt.got, tt.want)
		}
	}
}

// TestFloat32 checks that Float formats an f32 as strconv does with bitSize 32.
func TestFloat32(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		f := math.Float32frombits(rng.Uint32())
		if math.IsNaN(float64(f)) || math.IsInf(float64(f), 0) {
			continue
		}
		want := strings.TrimRight(strconv.FormatFloat(float64(f), 'f', 6, 32), "0")
		if strings.HasSuffix(want, ".") {
			want += "0"
		}
		if got := vexrt.Float(f); got != want {
			t.Fatalf("Float(%v) = %s, want %s", f, got, want)
		}
	}
}

func TestDisplayAllocs(t *testing.T) {
	n := int64(123456)
	f := 3.25
	if a := testing.AllocsPerRun(100, func() { sink = vexrt.Int(n) }); a > 1 {
		t.Errorf("Int allocates %v times, want at most 1", a)
	}
	if a := testing.AllocsPerRun(100, func() { sink = vexrt.Float(f) }); a > 1 {
		t.Errorf("Float allocates %v times, want at most 1", a)
	}
	// The pieces of a concatenation stay on the stack: the result is the
	// only allocation, as in Go's "x=" + strconv.Itoa(n) where n < 100.
	if a := testing.AllocsPerRun(100, func() {
		sink = "n=" + vexrt.Int(n) + " u=" + vexrt.Uint(uint64(n)) + " f=" + vexrt.Float(f)
	}); a > 1 {
		t.Errorf("a concatenation of Int, Uint and Float allocates %v times, want 1", a)
	}
	some, v := vexrt.Some(n), [3]int64{-1, n, 7}
	if a := testing.AllocsPerRun(100, func() { sink = "o=" + some.String() + " v=" + vexrt.Ints(v[:]) }); a > 1 {
		t.Errorf("a concatenation of Option.String and Ints allocates %v times, want 1", a)
	}
	// Some(n) appends its value to a buffer on the stack.
	o := vexrt.Some(n)
	if a := testing.AllocsPerRun(100, func() { sink = o.String() }); a > 1 {
		t.Errorf("Some(i64).String allocates %v times, want at most 1", a)
	}
	w := [3]int64{1234, 5678, n}
	if a := testing.AllocsPerRun(100, func() { sink = vexrt.Ints(w[:]) }); a > 1 {
		t.Errorf("Ints allocates %v times, want at most 1", a)
	}
	fs := [3]float64{f, -f, 0.1}
	if a := testing.AllocsPerRun(100, func() { sink = vexrt.Floats(fs[:]) }); a > 1 {
		t.Errorf("Floats allocates %v times, want at most 1", a)
	}
}
