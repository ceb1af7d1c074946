package vexrt_test

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
	"github.com/vexlang/vex2go/vexrt"
)

func TestVecGetSet(t *testing.T) {
	v := []string{"a", "b", "c"}
	for i, want := range v {
		if got := vexrt.VecGet(v, int64(i)); got != want {
			t.Errorf("VecGet(v, %d) = %q, want %q", i, got, want)
		}
	}
	vexrt.VecSet(v, 1, "x")
	if got := vexrt.Display(v); got != `["a", "x", "c"]` {
		t.Errorf("after VecSet: %s", got)
	}
	tests := []struct {
		name string
		f    func()
		msg  string
	}{
		{"get past the end", func() { vexrt.VecGet(v, 3) }, "index 3 out of range for Vec of length 3"},
		{"get far past the end", func() { vexrt.VecGet(v, math.MaxInt64) }, "index 9223372036854775807 out of range for Vec of length 3"},
		{"get negative", func() { vexrt.VecGet(v, -1) }, "index -1 out of range for Vec of length 3"},
		{"get from empty", func() { vexrt.VecGet([]int{}, 0) }, "index 0 out of range for Vec of length 0"},
		{"get from nil", func() { vexrt.VecGet[int](nil, 5) }, "index 5 out of range for Vec of length 0"},
		{"set past the end", func() { vexrt.VecSet(v, 5, "y") }, "index 5 out of range for Vec of length 3"},
		{"set negative", func() { vexrt.VecSet(v, math.MinInt64, "y") }, "index -9223372036854775808 out of range for Vec of length 3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkPanic(t, tt.f, tt.msg) })
	}
}

func TestVecGetPosition(t *testing.T) {
	e := vexPanic(t, vecGetMain)
	if e == nil || e.File != "demo.vx" || e.Line != 61 || e.Msg != "index 5 out of range for Vec of length 3" {
		t.Errorf("panic = %v, want index 5 out of range for Vec of length 3 at demo.vx:61", e)
	}
}

var vecSink int64

func TestVecGetAllocs(t *testing.T) {
	v := []int64{1, 2, 3}
	s := "abc"
	allocs := testing.AllocsPerRun(1000, func() {
		vexrt.VecSet(v, 0, vecSink)
		vecSink = vexrt.VecGet(v, 2) + int64(vexrt.StrIndex(s, 1)) + int64(len(vexrt.Substring(s, 1, 2)))
		vecSink += vexrt.First(v).Or(0) + vexrt.Last(v).Or(0)
	})
	if allocs != 0 {
		t.Errorf("VecGet, VecSet, StrIndex, Substring, First and Last allocate %v times per run, want 0", allocs)
	}
}

func TestPop(t *testing.T) {
	v := []*int{new(int), new(int)}
	full := v[:cap(v)]
	for range 2 {
		if o := vexrt.Pop(&v); o.IsNone() {
			t.Fatal("Pop of a non-empty Vec is None")
		}
	}
	if o := vexrt.Pop(&v); o.IsSome() || len(v) != 0 {
		t.Errorf("Pop of an empty Vec = %v, length %d", o, len(v))
	}
	if full[0] != nil || full[1] != nil {
		t.Error("Pop keeps a reference to the popped elements")
	}
	w := []int32{1, 2, 3}
	if o := vexrt.Pop(&w); o != vexrt.Some[int32](3) || vexrt.Display(w) != "[1, 2]" {
		t.Errorf("Pop = %v, leaving %v", o, w)
	}
}

func TestInsertRemove(t *testing.T) {
	tests := []struct {
		name string
		f    func(v *[]int32) string // what it returns is added to the result
		want string
	}{
		{"insert first", func(v *[]int32) string { vexrt.Insert(v, 0, 9); return "" }, "[9, 1, 2, 3]"},
		{"insert middle", func(v *[]int32) string { vexrt.Insert(v, 2, 9); return "" }, "[1, 2, 9, 3]"},
		{"insert at the end", func(v *[]int32) string { vexrt.Insert(v, 3, 9); return "" }, "[1, 2, 3, 9]"},
		{"remove first", func(v *[]int32) string { return vexrt.Int(vexrt.Remove(v, 0)) }, "1 [2, 3]"},
		{"remove middle", func(v *[]int32) string { return vexrt.Int(vexrt.Remove(v, 1)) }, "2 [1, 3]"},
		{"remove last", func(v *[]int32) string { return vexrt.Int(vexrt.Remove(v, 2)) }, "3 [1, 2]"},
	}
	for _, tt := range tests {
		v := []int32{1, 2, 3}
		got := tt.f(&v)
		if got != "" {
			got += " "
		}
		if got += vexrt.Display(v); got != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, got, tt.want)
		}
	}
	v := []int32{1, 2, 3}
	checkPanic(t, func() { vexrt.Insert(&v, 4, 0) }, "insertion index 4 out of range for Vec of length 3")
	checkPanic(t, func() { vexrt.Insert(&v, -1, 0) }, "insertion index -1 out of range for Vec of length 3")
	checkPanic(t, func() { vexrt.Remove(&v, 3) }, "index 3 out of range for Vec of length 3")
	checkPanic(t, func() { vexrt.Remove(&v, -2) }, "index -2 out of range for Vec of length 3")
	var empty []string
	vexrt.Insert(&empty, 0, "a")
	if got := vexrt.Display(empty); got != `["a"]` {
		t.Errorf("Insert into an empty Vec: %s", got)
	}
}

func TestVecQueries(t *testing.T) {
	v := []string{"a", "b", "c"}
	var empty []string
	tests := []struct {
		name string
		got  any
		want any
	}{
		{"Contains", vexrt.Contains(v, "b"), true},
		{"Contains missing", vexrt.Contains(v, "z"), false},
		{"Contains in empty", vexrt.Contains(empty, ""), false},
		{"Contains NaN", vexrt.Contains([]float64{math.NaN()}, math.NaN()), false},
		{"First", vexrt.First(v), vexrt.Some("a")},
		{"Last", vexrt.Last(v), vexrt.Some("c")},
		{"First of empty", vexrt.First(empty), vexrt.None[string]()},
		{"Last of empty", vexrt.Last(empty), vexrt.None[string]()},
		{"Join", vexrt.Join(v, ", "), "a, b, c"},
		{"Join empty", vexrt.Join(empty, "-"), ""},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, tt.got, tt.want)
		}
	}
}

func TestReverseSort(t *testing.T) {
	tests := []struct {
		name string
		f    func() any
		want string
	}{
		{"Reverse", func() any { v := []int{1, 2, 3, 4}; vexrt.Reverse(v); return v }, "[4, 3, 2, 1]"},
		{"Reverse odd", func() any { v := []string{"a", "b", "c"}; vexrt.Reverse(v); return v }, `["c", "b", "a"]`},
		{"Reverse empty", func() any { var v []int; vexrt.Reverse(v); return v }, "[]"},
		{"Sort", func() any { v := []int32{3, -1, 2, -1}; vexrt.Sort(v); return v }, "[-1, -1, 2, 3]"},
		{"Sort strings", func() any { v := []string{"b", "a", "B", ""}; vexrt.Sort(v); return v }, `["", "B", "a", "b"]`},
		{"Sort floats", func() any { v := []float64{2.5, math.NaN(), -1, math.Inf(1)}; vexrt.Sort(v); return v }, "[NaN, -1.0, 2.5, inf]"},
		{"SortFunc is stable", func() any {
			v := []vexrt.Tuple2[int, string]{vexrt.T2(2, "a"), vexrt.T2(1, "b"), vexrt.T2(2, "c"), vexrt.T2(1, "d")}
			vexrt.SortFunc(v, func(a, b vexrt.Tuple2[int, string]) int { return cmp.Compare(a.V0, b.V0) })
			return v
		}, `[(1, "b"), (1, "d"), (2, "a"), (2, "c")]`},
	}
	for _, tt := range tests {
		if got := vexrt.Display(tt.f()); got != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestMapVecFilter(t *testing.T) {
	v := []int64{1, 2, 3, 4}
	squares := vexrt.MapVec(v, func(x int64) string { return strconv.FormatInt(x*x, 10) })
	if diff := gocmp.Diff([]string{"1", "4", "9", "16"}, squares); diff != "" {
		t.Errorf("MapVec (-want +got):\n%s", diff)
	}
	even := vexrt.Filter(v, func(x int64) bool { return x%2 == 0 })
	if diff := gocmp.Diff([]int64{2, 4}, even); diff != "" {
		t.Errorf("Filter (-want +got):\n%s", diff)
	}
	even[0] = 99
	squares[0] = "x"
	if !slices.Equal(v, []int64{1, 2, 3, 4}) {
		t.Errorf("MapVec or Filter share their result with their argument: %v", v)
	}
	if got := vexrt.Filter(v, func(int64) bool { return false }); got == nil || len(got) != 0 {
		t.Errorf("Filter of nothing = %#v, want an empty Vec", got)
	}
	if got := vexrt.MapVec([]int{}, strconv.Itoa); len(got) != 0 {
		t.Errorf("MapVec of empty = %v", got)
	}
}

func TestRetain(t *testing.T) {
	v := []*int64{new(int64(1)), new(int64(2)), new(int64(3)), new(int64(4))}
	full := v[:cap(v)]
	odd := vexrt.Retain(v, func(p *int64) bool { return *p%2 == 1 })
	if len(odd) != 2 || *odd[0] != 1 || *odd[1] != 3 {
		t.Errorf("Retain kept %v, want 1 and 3", odd)
	}
	if &odd[0] != &v[0] {
		t.Error("Retain copied the elements into a new array")
	}
	if full[2] != nil || full[3] != nil {
		t.Error("Retain left the dropped elements in the array, where the collector sees them")
	}
	if got := vexrt.Retain(vexrt.MapVec([]int{1}, strconv.Itoa), func(string) bool { return false }); got == nil || len(got) != 0 {
		t.Errorf("Retain of nothing = %#v, want an empty Vec", got)
	}
}

func TestEnumerate(t *testing.T) {
	var got []string
	for i, s := range vexrt.Enumerate([]string{"a", "b", "c"}) {
		got = append(got, vexrt.Int(i)+s)
		if i == 1 {
			break
		}
	}
	if diff := gocmp.Diff([]string{"0a", "1b"}, got); diff != "" {
		t.Errorf("Enumerate (-want +got):\n%s", diff)
	}
}

func ExampleVecGet() {
	v := []int32{10, 20, 30}
	v = append(v, 40) // v.push(40)
	vexrt.Println(vexrt.Int(vexrt.VecGet(v, 3)))
	vexrt.Println(vexrt.Pop(&v).String())
	vexrt.Println(vexrt.Display(v))
	// Output:
	// 40
	// Some(40)
	// [10, 20, 30]
}

// vecGetMain stands for code generated from demo.vx that indexes past the
// end of a Vec.
func vecGetMain() {
	v := []int{1, 2, 3}
//line demo.vx:61
	vexrt.VecGet(v, 5)
}
