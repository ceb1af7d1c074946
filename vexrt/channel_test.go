package vexrt_test

import (
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/vexlang/vex2go/vexrt"
)

func TestChannelFIFO(t *testing.T) {
	ch := vexrt.NewChannel[int](10)
	for i := range 10 {
		if !ch.Send(i) {
			t.Fatalf("Send(%d) failed on an open channel", i)
		}
	}
	if ch.Len() != 10 || ch.Cap() != 10 {
		t.Errorf("Len, Cap = %d, %d, want 10, 10", ch.Len(), ch.Cap())
	}
	if ch.TrySend(10) {
		t.Error("TrySend succeeded on a full channel")
	}
	for i := range 10 {
		if got := ch.Recv(); got != vexrt.Some(i) {
			t.Fatalf("Recv = %v, want Some(%d)", got, i)
		}
	}
	if got := ch.TryRecv(); got.IsSome() {
		t.Errorf("TryRecv on an empty channel = %v", got)
	}
	if !ch.TrySend(11) || ch.TryRecv() != vexrt.Some(11) {
		t.Error("TrySend then TryRecv lost the value")
	}
}

func TestChannelClose(t *testing.T) {
	ch := vexrt.NewChannel[string](4)
	ch.Send("a")
	ch.Send("b")
	if ch.IsClosed() {
		t.Fatal("a new channel is closed")
	}
	ch.Close()
	ch.Close() // closing again does nothing
	if !ch.IsClosed() {
		t.Fatal("IsClosed is false after Close")
	}
	select {
	case <-ch.Closed():
	default:
		t.Error("Closed() is not closed after Close")
	}
	if ch.Send("c") || ch.TrySend("c") {
		t.Error("a send on a closed channel succeeded")
	}
	if got := ch.SendResult("c"); got != vexrt.Err[vexrt.Unit]("channel closed") {
		t.Errorf("SendResult = %v", got)
	}
	// Buffered values can still be received, in order.
	if got := ch.Recv(); got != vexrt.Some("a") {
		t.Errorf("Recv = %v, want Some(a)", got)
	}
	if got := ch.RecvResult(); got != vexrt.Ok[string, string]("b") {
		t.Errorf("RecvResult = %v, want Ok(b)", got)
	}
	// Closed and drained.
	if got := ch.Recv(); got.IsSome() {
		t.Errorf("Recv = %v, want None", got)
	}
	if got := ch.RecvValue(); got != "" {
		t.Errorf("RecvValue = %q, want the zero value", got)
	}
	if got := ch.TryRecv(); got.IsSome() {
		t.Errorf("TryRecv = %v, want None", got)
	}
	if got := ch.RecvResult(); got != vexrt.Err[string]("channel closed") {
		t.Errorf("RecvResult = %v", got)
	}
	if _, ok := <-ch.RecvChan(); ok {
		t.Error("RecvChan is open after Close and drain")
	}
}

func TestChannelResults(t *testing.T) {
	ch := vexrt.NewChannel[int](1)
	if got := ch.SendResult(1); got != vexrt.Ok[vexrt.Unit, string](vexrt.Unit{}) {
		t.Errorf("SendResult = %v", got)
	}
	if got := ch.RecvValue(); got != 1 {
		t.Errorf("RecvValue = %d", got)
	}
}

func TestChannelUnbuffered(t *testing.T) {
	ch := vexrt.NewChannel[int](0)
	if ch.Cap() != 0 || ch.TrySend(1) {
		t.Fatal("TrySend on an unbuffered channel succeeded without a receiver")
	}
	done := make(chan bool)
	go func() { done <- ch.Send(5) }()
	if got := ch.Recv(); got != vexrt.Some(5) {
		t.Errorf("Recv = %v, want Some(5)", got)
	}
	if !<-done {
		t.Error("Send returned false after its value was received")
	}
	if ch.Len() != 0 {
		t.Errorf("Len = %d, want 0", ch.Len())
	}
}

// TestChannelCloseWakesWaiters checks that Close wakes a sender waiting for
// room and a receiver waiting for a value.
func TestChannelCloseWakesWaiters(t *testing.T) {
	for _, capacity := range []int64{0, 1} {
		ch := vexrt.NewChannel[int](capacity)
		if capacity > 0 {
			ch.Send(1)
		}
		sent := make(chan bool)
		go func() { sent <- ch.Send(2) }()
		time.Sleep(time.Millisecond) // let the sender wait; the test passes either way
		ch.Close()
		if <-sent {
			t.Errorf("cap %d: a Send waiting when the channel closed succeeded", capacity)
		}
		if capacity > 0 && ch.Recv() != vexrt.Some(1) {
			t.Errorf("cap %d: the buffered value was lost", capacity)
		}
		if ch.Recv().IsSome() {
			t.Errorf("cap %d: a value arrived after Close", capacity)
		}
	}

	ch := vexrt.NewChannel[int](0)
	got := make(chan vexrt.Option[int])
	go func() { got <- ch.Recv() }()
	time.Sleep(time.Millisecond)
	ch.Close()
	if v := <-got; v.IsSome() {
		t.Errorf("a Recv waiting when the channel closed got %v", v)
	}
}

func TestChannelAll(t *testing.T) {
	ch := vexrt.NewChannel[int](3)
	go func() {
		for i := range 5 {
			ch.Send(i)
		}
		ch.Close()
	}()
	var got []int
	for v := range ch.All() {
		got = append(got, v)
	}
	if want := []int{0, 1, 2, 3, 4}; !slices.Equal(got, want) {
		t.Errorf("All yielded %v, want %v", got, want)
	}

	ch = vexrt.NewChannel[int](3)
	ch.Send(1)
	ch.Send(2)
	for v := range ch.All() {
		if v == 1 {
			break
		}
	}
	if ch.Recv() != vexrt.Some(2) {
		t.Error("breaking out of All lost a value")
	}
}

func TestNewChannelNegative(t *testing.T) {
	v := recovered(func() { vexrt.NewChannel[int](-1) })
	e, ok := v.(*vexrt.PanicError)
	if !ok || e.Msg != "negative channel capacity -1" {
		t.Fatalf("NewChannel(-1) panicked with %#v", v)
	}
	if want := "channel_test.go"; !hasSuffix(e.File, want) {
		t.Errorf("panic position %s:%d, want the caller in %s", e.File, e.Line, want)
	}
}

// sendSelect sends v on ch the way a generated select with a single send
// case does, in the two phases of the package documentation, and reports
// whether it did. (TestSelectLowering checks the single select that the
// lowering emitted before.)
func sendSelect[T any](ch *vexrt.Channel[T], v T) bool {
	for {
		s, closed := ch.BeginSend()
		if s == nil {
			ch.EndSend()
			return false // the only case is disabled
		}
		sent := false
		select {
		case s <- v:
			sent = true
		default:
			select {
			case s <- v:
				sent = true
			case <-closed:
			}
		}
		ch.EndSend()
		if sent {
			return true
		}
	}
}

// TestChannelStress closes channels while many goroutines send and receive,
// and checks that every value for which a send reported success is received
// exactly once, and no other value is.
func TestChannelStress(t *testing.T) {
	const (
		senders   = 6
		receivers = 3
		perSender = 300
	)
	for _, capacity := range []int64{0, 1, 16} {
		for _, closeAt := range []int64{1, 200, 900, 1700} {
			ch := vexrt.NewChannel[int](capacity)
			var attempts atomic.Int64
			sent := make([][]int, senders)
			received := make([][]int, receivers)
			var wg sync.WaitGroup
			for s := range senders {
				wg.Go(func() {
					for i := range perSender {
						if attempts.Add(1) == closeAt {
							ch.Close()
						}
						v := s*perSender + i
						var ok bool
						switch i % 3 {
						case 0:
							ok = ch.Send(v)
						case 1:
							ok = ch.TrySend(v)
						case 2:
							ok = sendSelect(ch, v)
						}
						if ok {
							sent[s] = append(sent[s], v)
						}
					}
				})
			}
			for r := range receivers {
				wg.Go(func() {
					for {
						v, ok := ch.Recv().Get()
						if !ok {
							return
						}
						received[r] = append(received[r], v)
					}
				})
			}
			wg.Wait()

			want := slices.Sorted(slices.Values(slices.Concat(sent...)))
			got := slices.Sorted(slices.Values(slices.Concat(received...)))
			if !slices.Equal(got, want) {
				t.Fatalf("cap %d, close at %d: received %d values, sent %d successfully; they differ",
					capacity, closeAt, len(got), len(want))
			}
			if len(want) == senders*perSender {
				t.Errorf("cap %d, close at %d: no send failed", capacity, closeAt)
			}
		}
	}
}

func TestSelectLowering(t *testing.T) {
	a := vexrt.NewChannel[int](1)
	b := vexrt.NewChannel[int](1)
	a.Send(1)
	a.Close()

	// select { Some(v) = a.recv() => ..., b <- 2 => ... }, twice: first a's
	// value or b's send, then whichever is left; then a is closed and
	// drained and b is full, so the third select waits until after fires.
	var log []string
	for range 3 {
		ra := a.RecvChan()
		x := 2
	loop:
		for {
			bs, bclosed := b.BeginSend()
			select {
			case v, ok := <-ra:
				b.EndSend()
				if !ok {
					ra = nil
					continue
				}
				log = append(log, "recv "+vexrt.Int(v))
			case bs <- x:
				b.EndSend()
				log = append(log, "send")
			case <-bclosed:
				b.EndSend()
				continue
			case <-vexrt.After(20):
				b.EndSend()
				log = append(log, "after")
			}
			break loop
		}
	}
	slices.Sort(log)
	if want := []string{"after", "recv 1", "send"}; !slices.Equal(log, want) {
		t.Errorf("selects ran %v, want %v in some order", log, want)
	}

	// v = <-a is ready on a closed, drained channel with the zero value.
	select {
	case v := <-a.RecvChan():
		if v != 0 {
			t.Errorf("receive from a closed, drained channel = %d", v)
		}
	case <-vexrt.After(60_000):
		t.Error("receive from a closed, drained channel is not ready")
	}

	// A close while the select waits disables the send case.
	c := vexrt.NewChannel[int](0)
	go func() {
		time.Sleep(time.Millisecond)
		c.Close()
	}()
	if sendSelect(c, 1) {
		t.Error("select sent on a closed channel")
	}
	if _, ok := <-c.RecvChan(); ok {
		t.Error("the channel is open after its select send was disabled")
	}
}

func hasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

// TestChannelAllocs checks that sending, receiving and the send case of a
// generated select allocate nothing.
func TestChannelAllocs(t *testing.T) {
	ch := vexrt.NewChannel[int](4)
	allocs := testing.AllocsPerRun(1000, func() {
		ch.Send(1)
		ch.TrySend(2)
		ch.Recv()
		ch.TryRecv()
		sendSelect(ch, 3)
		<-ch.RecvChan()
		ch.Send(4)
		ch.RecvValue()
	})
	if allocs != 0 {
		t.Errorf("channel operations allocate %v times per run, want 0", allocs)
	}
}
