package vexrt_test

import (
	"testing"

	"github.com/vexlang/vex2go/vexrt"
)

type cloneInner struct {
	items []int64
	tags  *vexrt.Set[string]
}

type cloneOuter struct {
	name  string
	inner cloneInner
	all   [2][]int64
	by    *vexrt.Map[string, []int64]
	opt   vexrt.Option[[]int64]
	pair  vexrt.Tuple2[int64, []int64]
	shown any
	ch    *vexrt.Channel[int64]
}

func TestCloneDeep(t *testing.T) {
	by := vexrt.NewMap[string, []int64]()
	by.Set("a", []int64{1})
	ch := vexrt.NewChannel[int64](1)
	x := cloneOuter{
		name:  "x",
		inner: cloneInner{items: []int64{1, 2}, tags: vexrt.SetOf("t")},
		all:   [2][]int64{{3}, {4}},
		by:    by,
		opt:   vexrt.Some([]int64{5}),
		pair:  vexrt.T2(int64(6), []int64{7}),
		shown: []int64{8},
		ch:    ch,
	}
	y := vexrt.Clone(x)
	y.inner.items[0] = 100
	y.inner.tags.Insert("u")
	y.all[0][0] = 300
	y.by.Get("a")[0] = 100
	if v, ok := y.opt.Get(); ok {
		v[0] = 500
	}
	y.pair.V1[0] = 700
	y.shown.([]int64)[0] = 800
	if x.inner.items[0] != 1 || x.inner.tags.Len() != 1 || x.all[0][0] != 3 || x.by.Get("a")[0] != 1 ||
		x.opt.Or(nil)[0] != 5 || x.pair.V1[0] != 7 || x.shown.([]int64)[0] != 8 {
		t.Errorf("the clone shares with the original: %+v", x)
	}
	if y.ch != ch || y.name != "x" {
		t.Errorf("the clone lost a shared or plain member: %+v", y)
	}
	if vexrt.Display(y.inner.items) != "[100, 2]" || vexrt.Display(y.by) != `{"a": [100]}` {
		t.Errorf("clone = %s %s", vexrt.Display(y.inner.items), vexrt.Display(y.by))
	}
}

func TestCloneNilAndScalars(t *testing.T) {
	var v []int64
	if vexrt.Clone(v) != nil || vexrt.Clone(int64(3)) != 3 || vexrt.Clone("s") != "s" {
		t.Error("Clone changed a nil slice or a scalar")
	}
	var m *vexrt.Map[string, int64]
	if vexrt.Clone(m) != nil {
		t.Error("Clone of a nil Map is not nil")
	}
}
