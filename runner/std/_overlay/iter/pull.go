// Go's iter.Pull switches coroutines inside the runtime (go:linkname'd newcoro and coroswitch); the VM runs a coroutine as a goroutine.

package iter

// A coro is the coroutine iter.Pull runs seq on. Go switches to coroutines
// without the scheduler; Interleave runs one as a goroutine and hands control
// back and forth over unbuffered channels, so that exactly one side runs at a
// time and each switch is a happens-before edge, as in Go. The hand-offs are
// visible operations, which adds interleavings but no outcomes.
type coro struct {
	f       func(*coro)
	started bool
	inside  bool          // control is in the coroutine
	resume  chan struct{} // caller → coroutine
	yield   chan struct{} // coroutine → caller
}

// newcoro returns a coroutine that will run f(c) when first switched to.
func newcoro(f func(*coro)) *coro {
	return &coro{f: f, resume: make(chan struct{}), yield: make(chan struct{})}
}

// coroswitch transfers control from the caller to the coroutine or back.
func coroswitch(c *coro) {
	if c.inside {
		c.inside = false
		c.yield <- struct{}{}
		<-c.resume
		return
	}
	c.inside = true
	if !c.started {
		c.started = true
		go c.run()
	} else {
		c.resume <- struct{}{}
	}
	<-c.yield
}

// run is the coroutine's goroutine: f, then control back to the caller.
func (c *coro) run() {
	c.f(c)
	c.inside = false
	c.yield <- struct{}{}
}
