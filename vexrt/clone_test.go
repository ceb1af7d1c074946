package vexrt

import "testing"

type cloneInner struct {
	items []int64
	tags  *Set[string]
}

type cloneOuter struct {
	name  string
	inner cloneInner
	all   [2][]int64
	by    *Map[string, []int64]
	opt   Option[[]int64]
	pair  Tuple2[int64, []int64]
	shown any
	ch    *Channel[int64]
}

func TestCloneDeep(t *testing.T) {
	by := NewMap[string, []int64]()
	by.Set("a", []int64{1})
	ch := NewChannel[int64](1)
	x := cloneOuter{
		name:  "x",
		inner: cloneInner{items: []int64{1, 2}, tags: SetOf("t")},
		all:   [2][]int64{{3}, {4}},
		by:    by,
		opt:   Some([]int64{5}),
		pair:  T2(int64(6), []int64{7}),
		shown: []int64{8},
		ch:    ch,
	}
	y := Clone(x)
	y.inner.items[0] = 100
	y.inner.tags.Insert("u")
	y.all[0][0] = 300
	y.by.Get("a")[0] = 100
	y.opt.value[0] = 500
	y.pair.V1[0] = 700
	y.shown.([]int64)[0] = 800
	if x.inner.items[0] != 1 || x.inner.tags.Len() != 1 || x.all[0][0] != 3 || x.by.Get("a")[0] != 1 ||
		x.opt.value[0] != 5 || x.pair.V1[0] != 7 || x.shown.([]int64)[0] != 8 {
		t.Errorf("the clone shares with the original: %+v", x)
	}
	if y.ch != ch || y.name != "x" {
		t.Errorf("the clone lost a shared or plain member: %+v", y)
	}
	if Display(y.inner.items) != "[100, 2]" || Display(y.by) != `{"a": [100]}` {
		t.Errorf("clone = %s %s", Display(y.inner.items), Display(y.by))
	}
}

func TestCloneNilAndScalars(t *testing.T) {
	var v []int64
	if Clone(v) != nil || Clone(int64(3)) != 3 || Clone("s") != "s" {
		t.Error("Clone changed a nil slice or a scalar")
	}
	var m *Map[string, int64]
	if Clone(m) != nil {
		t.Error("Clone of a nil Map is not nil")
	}
}
