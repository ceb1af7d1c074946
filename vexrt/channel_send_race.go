//go:build race

package vexrt

// send sends v on c, waiting for room if wait is set, and reports whether
// it did.
//
// The race detector reports a send that races with the close of its Go
// channel, even though Go defines the outcome, on which the other builds
// rely. Race-enabled builds therefore register every send, so that Close
// never closes c.ch while a send is under way, and wait in a select that
// also ends when c is closed.
func (c *Channel[T]) send(v T, wait bool) bool {
	ch, closed := c.BeginSend()
	defer c.EndSend()
	if ch == nil {
		return false
	}
	if wait {
		select {
		case ch <- v:
			return true
		case <-closed:
			return false
		}
	}
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}
