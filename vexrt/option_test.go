package vexrt_test

import (
	"errors"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/vexlang/vex2go/vexrt"
)

func TestOption(t *testing.T) {
	some, none := vexrt.Some(4), vexrt.None[int]()
	if v, ok := some.Get(); v != 4 || !ok {
		t.Errorf("Some(4).Get() = %v, %v", v, ok)
	}
	if v, ok := none.Get(); v != 0 || ok {
		t.Errorf("None.Get() = %v, %v", v, ok)
	}
	if !some.IsSome() || some.IsNone() || none.IsSome() || !none.IsNone() {
		t.Error("IsSome/IsNone disagree with the variant")
	}
	if some.Or(9) != 4 || none.Or(9) != 9 {
		t.Error("Or")
	}
	called := false
	nine := func() int { called = true; return 9 }
	if some.OrElse(nine) != 4 || called {
		t.Error("Some.OrElse called its function")
	}
	if none.OrElse(nine) != 9 || !called {
		t.Error("None.OrElse")
	}
	even := func(v int) bool { return v%2 == 0 }
	if some.Filter(even) != some || vexrt.Some(3).Filter(even) != none || none.Filter(even) != none {
		t.Error("Filter")
	}
	if got := vexrt.MapOption(some, strconv.Itoa); got != vexrt.Some("4") {
		t.Errorf("MapOption(Some) = %v", got)
	}
	if got := vexrt.MapOption(none, strconv.Itoa); got != vexrt.None[string]() {
		t.Errorf("MapOption(None) = %v", got)
	}
	half := func(v int) vexrt.Option[int] {
		if v%2 != 0 {
			return vexrt.None[int]()
		}
		return vexrt.Some(v / 2)
	}
	if vexrt.FlatMapOption(some, half) != vexrt.Some(2) ||
		vexrt.FlatMapOption(vexrt.Some(3), half) != none ||
		vexrt.FlatMapOption(none, half) != none {
		t.Error("FlatMapOption")
	}
	if vexrt.OptionOf(5, true) != vexrt.Some(5) || vexrt.OptionOf(5, false) != none {
		t.Error("OptionOf")
	}
	var zero vexrt.Option[string]
	if zero.IsSome() {
		t.Error("the zero Option is not None")
	}
}

func TestResult(t *testing.T) {
	ok, bad := vexrt.Ok[int, string](1), vexrt.Err[int]("boom")
	if v, isOk := ok.Get(); v != 1 || !isOk {
		t.Errorf("Ok(1).Get() = %v, %v", v, isOk)
	}
	if v, isOk := bad.Get(); v != 0 || isOk {
		t.Errorf("Err.Get() = %v, %v", v, isOk)
	}
	if e, isErr := bad.ErrValue(); e != "boom" || !isErr {
		t.Errorf("Err.ErrValue() = %v, %v", e, isErr)
	}
	if e, isErr := ok.ErrValue(); e != "" || isErr {
		t.Errorf("Ok.ErrValue() = %v, %v", e, isErr)
	}
	if !ok.IsOk() || ok.IsErr() || bad.IsOk() || !bad.IsErr() {
		t.Error("IsOk/IsErr disagree with the variant")
	}
	if ok.Or(7) != 1 || bad.Or(7) != 7 {
		t.Error("Or")
	}
	length := func(e string) int { return len(e) }
	if ok.OrElse(length) != 1 || bad.OrElse(length) != 4 {
		t.Error("OrElse")
	}
	if ok.Ok() != vexrt.Some(1) || bad.Ok() != vexrt.None[int]() {
		t.Error("Ok()")
	}
	if got := vexrt.MapResult(ok, strconv.Itoa); got != vexrt.Ok[string, string]("1") {
		t.Errorf("MapResult(Ok) = %v", got)
	}
	if got := vexrt.MapResult(bad, strconv.Itoa); got != vexrt.Err[string]("boom") {
		t.Errorf("MapResult(Err) = %v", got)
	}
	if got := vexrt.MapErr(bad, length); got != vexrt.Err[int](4) {
		t.Errorf("MapErr(Err) = %v", got)
	}
	if got := vexrt.MapErr(ok, length); got != vexrt.Ok[int, int](1) {
		t.Errorf("MapErr(Ok) = %v", got)
	}
	inverse := func(v int) vexrt.Result[float64, string] {
		if v == 0 {
			return vexrt.Err[float64]("division by zero")
		}
		return vexrt.Ok[float64, string](1 / float64(v))
	}
	if vexrt.FlatMapResult(vexrt.Ok[int, string](4), inverse) != vexrt.Ok[float64, string](0.25) ||
		vexrt.FlatMapResult(vexrt.Ok[int, string](0), inverse) != vexrt.Err[float64]("division by zero") ||
		vexrt.FlatMapResult(bad, inverse) != vexrt.Err[float64]("boom") {
		t.Error("FlatMapResult")
	}

	n, isOk := vexrt.ResultOf(strconv.Atoi("12")).Get()
	if n != 12 || !isOk {
		t.Errorf("ResultOf(Atoi(12)).Get() = %v, %v", n, isOk)
	}
	e, isErr := vexrt.ResultOf(strconv.Atoi("x")).ErrValue()
	if !isErr || !errors.Is(e, strconv.ErrSyntax) {
		t.Errorf("ResultOf(Atoi(x)).ErrValue() = %v, %v", e, isErr)
	}
}

func TestTuples(t *testing.T) {
	p := vexrt.T2("a", 1)
	if p.V0 != "a" || p.V1 != 1 {
		t.Errorf("T2 = %+v", p)
	}
	got := vexrt.T6(1, "b", 2.5, true, 'c', vexrt.Unit{})
	want := vexrt.Tuple6[int, string, float64, bool, rune, vexrt.Unit]{1, "b", 2.5, true, 'c', vexrt.Unit{}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("T6 mismatch (-want +got):\n%s", diff)
	}
	if s := vexrt.T4(1, 2, 3, "x").String(); s != `(1, 2, 3, "x")` {
		t.Errorf("T4 String = %s", s)
	}
	if s := vexrt.T5(1, 2, 3, 4, 5).String(); s != "(1, 2, 3, 4, 5)" {
		t.Errorf("T5 String = %s", s)
	}
}

var (
	optSink    vexrt.Option[int]
	resultSink vexrt.Result[string, error]
	intSink    int
)

func TestOptionResultAllocs(t *testing.T) {
	n := 41
	allocs := testing.AllocsPerRun(1000, func() {
		o := vexrt.Some(n)
		o = vexrt.MapOption(o, func(v int) int { return v + 1 })
		o = vexrt.FlatMapOption(o, func(v int) vexrt.Option[int] { return vexrt.Some(v) })
		o = o.Filter(func(v int) bool { return v > 0 })
		v, _ := o.Get()
		intSink = v + o.Or(1) + vexrt.None[int]().OrElse(func() int { return 2 })
		optSink = o

		r := vexrt.Ok[string, error]("x")
		r = vexrt.MapResult(r, func(s string) string { return s })
		r = vexrt.FlatMapResult(r, func(s string) vexrt.Result[string, error] { return vexrt.Ok[string, error](s) })
		r = vexrt.MapErr(r, func(e error) error { return e })
		s, _ := r.Get()
		intSink += len(s) + len(r.Or("y")) + len(r.OrElse(func(error) string { return "" }))
		if r.IsErr() || r.Ok().IsNone() {
			intSink++
		}
		resultSink = r
		resultSink = vexrt.Err[string](errSentinel)
	})
	if allocs != 0 {
		t.Errorf("Option and Result operations allocate %v times per run, want 0", allocs)
	}
}

var errSentinel = errors.New("sentinel")
