package vexrt_test

import (
	"github.com/vexlang/vex2go/vexrt"
)

func ExampleDisplay() {
	vexrt.Println(vexrt.Display([]string{"a", "b"}))
	vexrt.Println(vexrt.Display(vexrt.T2(1, "x")))
	vexrt.Println(vexrt.Float(10.0 / 4))
	vexrt.Println(vexrt.Some("x").String())
	vexrt.Println(vexrt.Display(vexrt.NewChannel[int32](0)))
	// Output:
	// ["a", "b"]
	// (1, "x")
	// 2.5
	// Some("x")
	// Channel<i32>
}

// double is what vex2go generates for
//
//	async fn double(x: i32): i32 { x * 2 }
func double(x int32) *vexrt.Future[int32] {
	return vexrt.Async(func() int32 { return x * 2 })
}

func ExampleFuture() {
	f := double(21) // nothing runs yet
	vexrt.Println(vexrt.Int(f.Await()))

	all := vexrt.JoinAll([]*vexrt.Future[int32]{double(1), double(2), double(3)})
	vexrt.Println(vexrt.Display(all.Await()))
	// Output:
	// 42
	// [2, 4, 6]
}

func ExampleChannel() {
	ch := vexrt.NewChannel[int32](4)
	go func() {
		for i := range int32(3) {
			ch.Send(i * 10)
		}
		ch.Close()
	}()
	for v := range ch.All() {
		vexrt.Println(vexrt.Int(v))
	}
	vexrt.Println(ch.Recv().String())
	vexrt.Println(vexrt.Bool(ch.Send(1)))
	// Output:
	// 0
	// 10
	// 20
	// None
	// false
}
