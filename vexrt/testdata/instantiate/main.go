// Command instantiate instantiates the generic types and functions of
// vexrt as generated code does, for TestGenericsInlineNoReflect.
package main

import (
	"github.com/vexlang/vex2go/vexrt"
)

type point struct {
	name string
	x, y int64
}

func main() {
	p := point{"a", 1, 2}
	o := vexrt.Some(p)
	r := vexrt.Ok[point, string](p)
	m := vexrt.MapOf(vexrt.T2("a", p))
	s := vexrt.SetOf("a")
	ch := vexrt.NewChannel[point](1)
	f := vexrt.Async(func() point { return p })
	mu := vexrt.NewMutex(p)
	v := vexrt.Repeat(p, 3)
	vexrt.Println(vexrt.Display(o) + r.String() + m.String() + s.String() + ch.String() + f.String() + vexrt.Display(mu))
	vexrt.Println(vexrt.Display(vexrt.Clone(p)) + vexrt.Display(vexrt.Clone(m)) + vexrt.Show(p) + vexrt.Display(vexrt.Equal(p, p)) + vexrt.Display(vexrt.Is[point](any(p))))
	vexrt.Println(vexrt.Display(vexrt.Downcast[point](any(p))) + vexrt.Display(vexrt.CloneVec(v)) + vexrt.Display(vexrt.T3(p, 1, "b")))
	vexrt.Println(vexrt.Display(vexrt.MapOption(o, func(p point) string { return p.name })) + vexrt.Display(m.Get("a")) + m.TryGet("b").String())
}
