//go:build !race

package vexrt

// send sends v on c, waiting for room if wait is set, and reports whether
// it did.
//
// Close closes c.ch only after it has marked c closed, so a send on c.ch
// that panics has raced with Close. Go defines that such a send panics
// without sending anything: send recovers and returns false. This costs a
// deferred call, which is cheaper than registering the send with two atomic
// operations and waiting in a select, as race-enabled builds must.
func (c *Channel[T]) send(v T, wait bool) bool {
	if c.IsClosed() {
		return false
	}
	defer func() { recover() }()
	if wait {
		c.ch <- v
		return true
	}
	select {
	case c.ch <- v:
		return true
	default:
		return false
	}
}
