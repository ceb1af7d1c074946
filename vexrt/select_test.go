package vexrt_test

import (
	"math"
	"testing"

	"github.com/vexlang/vex2go/vexrt"
)

// TestSelectFairness checks that a generated select over two ready
// channels picks each about half the time. With n draws of a fair coin the
// count of one side has standard deviation sqrt(n)/2; six deviations make a
// false failure practically impossible, while an unfair select (always the
// first ready case) fails at once.
func TestSelectFairness(t *testing.T) {
	const n = 20000
	a, b := vexrt.NewChannel[int](1), vexrt.NewChannel[int](1)
	fromA := 0
	for range n {
		a.TrySend(1)
		b.TrySend(2)
		select {
		case <-a.RecvChan():
			fromA++
		case <-b.RecvChan():
		}
	}
	if dev := math.Abs(float64(fromA) - n/2); dev > 6*math.Sqrt(n)/2 {
		t.Errorf("select chose the first case %d times out of %d", fromA, n)
	}
}

// TestSelectSendClosed checks the generated shape of a send case: a closed
// channel disables the case instead of panicking, and a send registered
// with BeginSend is never lost when Close races with it.
func TestSelectSendClosed(t *testing.T) {
	ch := vexrt.NewChannel[int](0)
	ch.Close()
	send, closed := ch.BeginSend()
	if send != nil || closed != nil {
		ch.EndSend()
		t.Fatalf("BeginSend on a closed channel = %v, %v; want nil channels", send, closed)
	}
	ch.EndSend()

	for range 200 {
		ch := vexrt.NewChannel[int](1)
		got := make(chan int, 1)
		go func() {
			n := 0
			for v := range ch.All() {
				n += v
			}
			got <- n
		}()
		sent := 0
		go ch.Close()
		send, closed := ch.BeginSend()
		if send != nil { // nil once the channel is closed: the case is disabled
			select {
			case send <- 1:
				sent = 1
			case <-closed:
			}
		}
		ch.EndSend()
		if n := <-got; n != sent {
			t.Fatalf("sent %d values, received %d", sent, n)
		}
	}
}
