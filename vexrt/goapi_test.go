package vexrt_test

import (
	"errors"
	"slices"
	"strconv"
	"testing"

	"github.com/vexlang/vex2go/vexrt"
)

// code is a Vex enum used as an error, with an Error method as a Vex type
// with an Error(): string method has in Go.
type code int

func (c code) Error() string { return "code " + strconv.Itoa(int(c)) }

func TestResultUnpack(t *testing.T) {
	v, err := vexrt.Ok[int32, string](7).Unpack()
	if v != 7 || err != nil {
		t.Errorf("Ok(7).Unpack() = %v, %v; want 7, nil", v, err)
	}

	v, err = vexrt.Err[int32]("boom").Unpack()
	var re vexrt.ResultError[string]
	if v != 0 || err == nil || err.Error() != "boom" || !errors.As(err, &re) || re.Err != "boom" {
		t.Errorf(`Err("boom").Unpack() = %v, %v; want 0 and a ResultError with message boom`, v, err)
	}
	if !errors.Is(err, vexrt.ResultError[string]{"boom"}) {
		t.Errorf("errors.Is(%v, ResultError{boom}) = false", err)
	}

	_, err = vexrt.Err[string](code(3)).Unpack()
	if err != code(3) {
		t.Errorf("Err(code(3)).Unpack() error = %#v; want code(3) itself", err)
	}

	goErr := errors.New("go error")
	_, err = vexrt.Err[string](goErr).Unpack()
	if err != goErr {
		t.Errorf("Err(goErr).Unpack() error = %v; want goErr itself", err)
	}

	_, err = vexrt.Err[string, error](nil).Unpack()
	if err == nil {
		t.Errorf("Err(nil).Unpack() error = nil; want an error")
	}

	_, err = vexrt.Err[int32](vexrt.Some[int64](4)).Unpack()
	if err == nil || err.Error() != "Some(4)" {
		t.Errorf("Err(Some(4)).Unpack() error = %v; want Some(4)", err)
	}
}

func TestChannelOf(t *testing.T) {
	ch := make(chan int32, 4)
	c := vexrt.ChannelOf(ch)
	ch <- 1
	if !c.Send(2) {
		t.Fatal("Send on ChannelOf(ch) = false")
	}
	if v := <-ch; v != 1 {
		t.Errorf("<-ch = %d; want 1", v)
	}
	if v, ok := c.Recv().Get(); !ok || v != 2 {
		t.Errorf("Recv() = %d, %v; want 2, true", v, ok)
	}
	if c.Cap() != 4 {
		t.Errorf("Cap() = %d; want 4", c.Cap())
	}

	// Go closes its channel: Vex receives what is left, then None.
	ch <- 3
	close(ch)
	if got := slices.Collect(c.All()); !slices.Equal(got, []int32{3}) {
		t.Errorf("All() = %v; want [3]", got)
	}
	if c.Recv().IsSome() {
		t.Error("Recv() after close(ch) is Some")
	}

	// Vex closes the channel: Go's range over ch ends.
	ch2 := make(chan string, 1)
	c2 := vexrt.ChannelOf(ch2)
	c2.Send("x")
	c2.Close()
	if c2.Send("y") {
		t.Error("Send after Close = true")
	}
	var got []string
	for s := range ch2 {
		got = append(got, s)
	}
	if !slices.Equal(got, []string{"x"}) {
		t.Errorf("range ch = %v; want [x]", got)
	}
}

func TestChannelOfNil(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("ChannelOf(nil) did not panic")
		}
	}()
	vexrt.ChannelOf[int](nil)
}
