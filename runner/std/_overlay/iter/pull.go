// Go's iter.Pull switches coroutines inside the runtime (go:linkname'd newcoro and coroswitch); the VM runs a coroutine as a goroutine.

package iter

// A coro is the coroutine iter.Pull runs seq on. Go switches to coroutines
// without the scheduler; Interleave runs one as a goroutine and hands control
// back and forth over unbuffered channels, so that exactly one side runs at a
// time and each switch is a happens-before edge, as in Go. The hand-offs are
// visible operations, which adds interleavings but no outcomes.
//
// The goroutine count follows Go's: newcoro makes the coroutine's goroutine
// at once (runtime.NumGoroutine counts it from iter.Pull on, before the
// first next), and Go's coroexit destroys it in the switch that hands
// control back for the last time, so it is gone before the caller runs
// again: coroexit, here, takes it out of the count before that hand-off.
type coro struct {
	f      func(*coro)
	inside bool          // control is in the coroutine
	resume chan struct{} // caller → coroutine
	yield  chan struct{} // coroutine → caller
}

// newcoro returns a coroutine that will run f(c) when first switched to.
func newcoro(f func(*coro)) *coro {
	c := &coro{f: f, resume: make(chan struct{}), yield: make(chan struct{})}
	go c.run()
	return c
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
	c.resume <- struct{}{}
	<-c.yield
}

// run is the coroutine's goroutine: it waits to be switched to, runs f,
// leaves the goroutine count and hands control back.
func (c *coro) run() {
	<-c.resume
	c.f(c)
	c.inside = false
	coroexit()
	c.yield <- struct{}{}
}

// coroexit takes the calling goroutine out of runtime.NumGoroutine's count
// (a VM intrinsic, a visible operation on the count): it ends with the
// hand-off that follows.
func coroexit()
