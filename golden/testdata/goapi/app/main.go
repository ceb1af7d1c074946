// Command app is handwritten Go that uses the package geo, which vex2go
// generates from the Vex files in ../geo: it exercises every point of
// section 6 of interop.md, the Go API of generated code.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"time"

	"vexgolden/geo"

	"github.com/vexlang/vex2go/vexrt"
)

// square implements the exported contract geo.Measurer in Go.
type square struct{ side float64 }

func (s square) Measure() float64 { return s.side * s.side }

func main() {
	structs()
	enums()
	contracts()
	goInterfaces()
	results()
	async()
	channels()
	optionsAndTuples()
}

// structs builds an exported struct with a composite literal, reads and
// writes its fields and calls its methods.
func structs() {
	cfg := geo.Config{MaxConns: 3, Name: "api"}
	cfg.MaxConns++
	cfg.Grow(2)
	fmt.Println(cfg.Describe())
	fmt.Println(cfg)
	db := geo.NewConfig("db")
	fmt.Println(db.MaxConns, db.Name, geo.DefaultPort)
	b, err := json.Marshal(geo.Config{Name: "tagged", UserID: 7})
	fmt.Println(string(b), err)
	var back geo.Config
	err = json.Unmarshal([]byte(`{"name":"back","user_id":9,"MaxConns":2}`), &back)
	fmt.Println(back.Name, back.UserID, back.MaxConns, err)
}

// enums uses unit enums as constants and payload enums with a type switch.
func enums() {
	fmt.Println(geo.KindRound, geo.KindAngular, geo.KindRound == geo.ShapeCircle{V0: 1}.Kind())
	shapes := []geo.Shape{geo.ShapeCircle{V0: 1}, geo.ShapeRect{V0: 2, V1: 3}, geo.ShapeDot{}}
	for _, s := range shapes {
		switch s := s.(type) {
		case geo.ShapeCircle:
			fmt.Println("circle of radius", s.V0, "area", s.Area())
		case geo.ShapeRect:
			fmt.Println("rect", s.V0, "by", s.V1, "area", s.Area(), s.Kind())
		case geo.ShapeDot:
			fmt.Println("dot", s)
		}
	}
	if big, ok := geo.Largest(shapes).Get(); ok {
		fmt.Println("largest", big)
	}
	_, ok := geo.Largest(nil).Get()
	fmt.Println("largest of none", ok)
}

// contracts passes a Go type implementing a Vex contract to Vex code.
func contracts() {
	fmt.Println(geo.TotalSize([]geo.Measurer{square{2}, square{3}}))
}

// goInterfaces uses Vex types through the Go interfaces their upper-case
// methods implement.
func goInterfaces() {
	var s fmt.Stringer = geo.Celsius{Degrees: 21.5}
	fmt.Println(s.String(), geo.Celsius{Degrees: -4})
	byLen := &geo.ByLen{Items: []string{"ccc", "a", "bb"}}
	sort.Sort(byLen)
	fmt.Println(byLen.Items)
	var err error = geo.NotFound{Key: "x"}
	fmt.Println(err)

	// Upper-case methods returning Result<T, GoError> and Option<T> have
	// Go's results, (T, error) and (T, bool).
	item, ok := byLen.At(2)
	fmt.Println(item, ok)
	_, ok = byLen.At(3)
	fmt.Println(ok)
	b, err := json.Marshal(map[string]geo.Celsius{"out": {Degrees: 3.5}})
	fmt.Println(string(b), err)
	var m json.Marshaler = geo.Celsius{Degrees: 1}
	b, err = m.MarshalJSON()
	fmt.Println(string(b), err)
	t := &geo.Tally{}
	var w io.Writer = t
	fmt.Fprintf(w, "%d bytes", 42)
	_, err = w.Write(nil)
	fmt.Println(t.Bytes, t.Writes, err)
}

// results reads Results as (T, error) and builds them.
func results() {
	port, err := geo.Lookup("ssh").Unpack()
	fmt.Println(port, err)
	_, err = geo.Lookup("gopher").Unpack()
	var nf geo.NotFound
	fmt.Println(err, errors.As(err, &nf), nf.Key)
	n, err := geo.ParsePort("8080").Unpack()
	fmt.Println(n, err)
	_, err = geo.ParsePort("99999").Unpack()
	var re vexrt.ResultError[string]
	fmt.Println(err, errors.As(err, &re))
	fmt.Println(geo.ShowResult(vexrt.Ok[int32, string](1)), geo.ShowResult(vexrt.Err[int32]("bad")))
}

// async awaits exported async functions.
func async() {
	fmt.Println(geo.SlowDouble(21).Await())
	v, err := geo.SlowDouble(4).AwaitContext(context.Background())
	fmt.Println(v, err)
	ctx, cancel := context.WithTimeout(context.Background(), time.Nanosecond)
	defer cancel()
	<-ctx.Done()
	_, err = geo.SlowDouble(1).AwaitContext(ctx)
	fmt.Println(err)
}

// channels sends, receives and ranges over Vex channels, and passes Go
// channels in.
func channels() {
	ch := vexrt.NewChannel[int32](8)
	geo.Produce(ch, 4)
	for v := range ch.All() {
		fmt.Print(v, " ")
	}
	fmt.Println()

	out := vexrt.NewChannel[int32](8)
	geo.Produce(out, 3)
	for v := range out.RecvChan() {
		fmt.Print(v, " ")
	}
	fmt.Println()

	in := make(chan int32, 3)
	in <- 10
	in <- 20
	in <- 12
	close(in)
	fmt.Println(geo.SumAll(vexrt.ChannelOf(in)))

	mine := make(chan int32)
	go geo.Produce(vexrt.ChannelOf(mine), 5)
	sum := int32(0)
	for v := range mine {
		sum += v
	}
	fmt.Println(sum)
}

// optionsAndTuples reads Options and tuples and builds Options.
func optionsAndTuples() {
	if i, ok := geo.Find([]int32{4, 5, 6}, 6).Get(); ok {
		fmt.Println("found at", i)
	}
	_, ok := geo.Find([]int32{4}, 9).Get()
	fmt.Println(ok)
	mm := geo.MinMax([]int32{3, 9, -2})
	fmt.Println(mm.V0, mm.V1, mm)
	fmt.Println(geo.OrDefault(vexrt.Some[int32](3), 0), geo.OrDefault(vexrt.None[int32](), 9))
}
