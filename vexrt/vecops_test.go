package vexrt_test

import (
	"testing"

	"github.com/vexlang/vex2go/vexrt"
)

func TestRepeat(t *testing.T) {
	if got := vexrt.Display(vexrt.Repeat(int64(7), 3)); got != "[7, 7, 7]" {
		t.Errorf("Repeat = %s", got)
	}
	if got := vexrt.Repeat("x", 0); len(got) != 0 || got == nil {
		t.Errorf("Repeat(x, 0) = %#v, want an empty non-nil Vec", got)
	}
	v := recovered(func() { vexrt.Repeat(1, -1) })
	if e, ok := v.(*vexrt.PanicError); !ok || e.Msg != "negative count -1 in [x; n]" {
		t.Errorf("Repeat(1, -1) panicked with %v", v)
	}
}

func TestRepeatWithClones(t *testing.T) {
	grid := vexrt.RepeatWith(vexrt.Repeat(0, 2), 3, vexrt.CloneVec[int])
	grid[1][0] = 5
	grid[2] = append(grid[2], 9)
	if got := vexrt.Display(grid); got != "[[0, 0], [5, 0], [0, 0, 9]]" {
		t.Errorf("grid = %s", got)
	}
}

func TestSumEnumeratedEqual(t *testing.T) {
	if got := vexrt.Sum([]float64{0.5, 1.5, 2}); got != 4 {
		t.Errorf("Sum = %v", got)
	}
	if got := vexrt.Sum([]uint8{200, 100}); got != 44 {
		t.Errorf("Sum of u8 = %v, want 44 (wrapping)", got)
	}
	if got := vexrt.Sum([]int32(nil)); got != 0 {
		t.Errorf("Sum of nothing = %v", got)
	}
	if got := vexrt.Display(vexrt.Enumerated([]string{"a", "b"})); got != `[(0, "a"), (1, "b")]` {
		t.Errorf("Enumerated = %s", got)
	}
	if !vexrt.VecEqual([]int{1, 2}, []int{1, 2}) || vexrt.VecEqual([]int{1}, []int{1, 2}) || !vexrt.VecEqual([]int{}, nil) {
		t.Error("VecEqual")
	}
}

func TestCompare(t *testing.T) {
	if vexrt.Compare(1, 2) != -1 || vexrt.Compare("b", "a") != 1 || vexrt.Compare('x', 'x') != 0 {
		t.Error("Compare")
	}
}

func TestPushClear(t *testing.T) {
	var v []string
	vexrt.Push(&v, "a")
	vexrt.Push(&v, "b")
	if vexrt.Display(v) != `["a", "b"]` {
		t.Errorf("after Push: %s", vexrt.Display(v))
	}
	vexrt.Clear(&v)
	if len(v) != 0 {
		t.Errorf("after Clear: %v", v)
	}
}

func TestClone(t *testing.T) {
	v := []int{1, 2}
	c := vexrt.CloneVec(v)
	c[0] = 9
	if v[0] != 1 {
		t.Error("CloneVec shares elements")
	}
	if c := vexrt.CloneVec([]int(nil)); c == nil {
		t.Error("CloneVec(nil) is nil")
	}
	m := vexrt.NewMap[string, []int]()
	m.Set("b", []int{1})
	m.Set("a", []int{2})
	mc := vexrt.CloneMap(m, vexrt.CloneVec[int])
	mc.Get("b")[0] = 7
	mc.Set("c", nil)
	if m.String() != `{"b": [1], "a": [2]}` || mc.String() != `{"b": [7], "a": [2], "c": []}` {
		t.Errorf("CloneMap: %s and %s", m, mc)
	}
	s := vexrt.SetOf(3, 1)
	sc := vexrt.CloneSet(s)
	sc.Insert(2)
	if s.String() != "{3, 1}" || sc.String() != "{3, 1, 2}" {
		t.Errorf("CloneSet: %s and %s", s, sc)
	}
	if vexrt.CloneMap[int, int](nil, nil).Len() != 0 || vexrt.CloneSet[int](nil).Len() != 0 {
		t.Error("cloning nil")
	}
}

func TestShow(t *testing.T) {
	tests := []struct{ got, want string }{
		{vexrt.ShowSlice([]rune("hé"), vexrt.QuoteChar), "['h', 'é']"},
		{vexrt.ShowSlice([]rune{}, vexrt.QuoteChar), "[]"},
		{vexrt.ShowSlice([]int64{1, 2}, vexrt.Show[int64]), "[1, 2]"},
		{vexrt.ShowOption(vexrt.Some('x'), vexrt.QuoteChar), "Some('x')"},
		{vexrt.ShowOption(vexrt.None[rune](), vexrt.QuoteChar), "None"},
		{vexrt.ShowResult(vexrt.Ok[rune, string]('k'), vexrt.QuoteChar, vexrt.Quote), "Ok('k')"},
		{vexrt.ShowResult(vexrt.Err[rune]("no"), vexrt.QuoteChar, vexrt.Quote), `Err("no")`},
		{vexrt.ShowTuple("1", "'a'"), "(1, 'a')"},
		{vexrt.Show("s"), `"s"`},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %s, want %s", tt.got, tt.want)
		}
	}
	m := vexrt.NewMap[rune, string]()
	m.Set('b', "x")
	m.Set('a', "y")
	if got := vexrt.ShowMap(m, vexrt.QuoteChar, vexrt.Quote); got != `{'b': "x", 'a': "y"}` {
		t.Errorf("ShowMap = %s", got)
	}
	if got := vexrt.ShowSet(vexrt.SetOf('z', 'y'), vexrt.QuoteChar); got != "{'z', 'y'}" {
		t.Errorf("ShowSet = %s", got)
	}
	if vexrt.ShowMap[int, int](nil, nil, nil) != "nil" || vexrt.ShowSet[int](nil, nil) != "nil" {
		t.Error("nil Map or Set")
	}
}

func TestRepeatLarge(t *testing.T) {
	for _, n := range []int{63, 64, 1000} {
		zeros, ones := vexrt.Repeat(0.0, n), vexrt.Repeat(1.5, n)
		if len(zeros) != n || len(ones) != n {
			t.Fatalf("Repeat(_, %d) made %d and %d elements", n, len(zeros), len(ones))
		}
		for i := range n {
			if zeros[i] != 0 || ones[i] != 1.5 {
				t.Fatalf("Repeat(_, %d)[%d] = %v and %v, want 0 and 1.5", n, i, zeros[i], ones[i])
			}
		}
	}
	strs := vexrt.Repeat("", 100)
	ptrs := vexrt.Repeat[*int](nil, 100)
	if strs[99] != "" || ptrs[99] != nil {
		t.Error("Repeat of a zero string or nil pointer is not zero")
	}
}

var opsSink int64

// TestVecOpsAllocs is the allocation ceiling of the Vec operations and
// builtins that loops use: reductions, enumeration, search, comparison,
// sorting in place, tuples and parsing a valid number.
func TestVecOpsAllocs(t *testing.T) {
	v := []int64{3, 1, 2}
	w := []int64{3, 1, 2}
	b := []bool{true, false}
	allocs := testing.AllocsPerRun(1000, func() {
		opsSink = vexrt.Sum(v) + vexrt.Product(v) + vexrt.Min(v) + vexrt.Max(v)
		for i, x := range vexrt.Enumerate(v) {
			opsSink += i * x
		}
		if vexrt.VecEqual(v, w) && vexrt.Contains(v, 2) && vexrt.Any(b) && !vexrt.All(b) {
			opsSink += int64(vexrt.Compare(v[0], w[1]))
		}
		opsSink += vexrt.VecTryGet(v, 1).Or(0) + vexrt.SatAdd(opsSink, 1) + vexrt.Pow(opsSink, 2) + vexrt.Abs(-opsSink)
		vexrt.Sort(w)
		vexrt.Reverse(w)
		p := vexrt.T2(opsSink, v[0])
		opsSink += p.V0 + p.V1
		opsSink += vexrt.IndexOf("hello", "l").Or(0) + vexrt.ParseInt("42").Or(0) + int64(vexrt.ParseFloat("1.5").Or(0))
	})
	if allocs != 0 {
		t.Errorf("Vec reductions, Enumerate, search, Sort, T2 and parsing allocate %v times per run, want 0", allocs)
	}
}
