// The VM is the runtime here: its virtual clock answers Now, Since and Until, and its timer model runs Sleep, Timer, Ticker and AfterFunc (runner/vm/clock.go).
//std:exclude sleep.go tick.go
//std:remove startNano

// Package time comes from GOROOT except for what the Go runtime provides:
// the clock and the timers. Interleave's clock is virtual: it starts at
// 2009-11-10 23:00:00 UTC, as on the Go playground, advances a little with
// every instruction executed, and jumps to the next timer when every
// goroutine is blocked. Its monotonic reading is the virtual time since
// the run started, plus the 1 ns Go's startNano leaves (so Time.String of
// a Now prints "m=+0.000…"). docs/design.md, "Virtual time and timers",
// has the costs and the rules for timers due at the same instant.
package time

// Now returns the current virtual time, with a monotonic reading, in
// Local. One clock read is one VM operation, as cheap as Go's vDSO read.
func Now() Time

// Since returns the time elapsed since t: a clock read, then Go's Sub
// rules (monotonic readings when t has one, saturation at the extremes).
func Since(t Time) Duration

// Until returns the duration until t, the mirror of Since.
func Until(t Time) Duration

// runtimeNow is the clock read LoadLocationFromTZData uses to cache the
// zone in effect now.
func runtimeNow() (sec int64, nsec int32, mono int64) {
	t := Now()
	return t.Unix(), int32(t.Nanosecond()), t.ext
}

// Sleep pauses the current goroutine for at least the duration d: the
// goroutine blocks on a timer of the VM's clock (a positive d sleeps at
// least a microsecond, as Go's wake-up takes). d <= 0 returns at once.
func Sleep(d Duration)

// After waits for the duration to elapse and then sends the time it was
// due on the returned channel.
func After(d Duration) <-chan Time

// Tick is NewTicker's channel alone; nil if d <= 0.
func Tick(d Duration) <-chan Time

// A Timer is a single event on the VM's clock. Its channel C behaves as
// Go 1.23's: unbuffered to the program, and Stop or Reset drop a tick not
// yet received. id holds the VM's timer (none in a zero Timer).
type Timer struct {
	C  <-chan Time
	id int // the VM keeps its timer beside the int
}

// NewTimer starts a Timer that sends the time it was due on C after at
// least d.
func NewTimer(d Duration) *Timer

// Stop prevents the Timer from firing and reports whether it did (an
// expired tick nobody received counts as not fired yet).
func (t *Timer) Stop() bool

// Reset restarts the timer to expire after d and reports whether it was
// still active.
func (t *Timer) Reset(d Duration) bool

// AfterFunc calls f in its own goroutine once d has elapsed; the Timer's
// Stop cancels the call.
func AfterFunc(d Duration, f func()) *Timer

// A Ticker delivers the clock's ticks at intervals on C, dropping ticks
// for a slow receiver. id holds the VM's timer.
type Ticker struct {
	C  <-chan Time
	id int // the VM keeps its timer beside the int
}

// NewTicker returns a Ticker with period d; d <= 0 panics, as in Go.
func NewTicker(d Duration) *Ticker

// Stop turns the ticker off; no more ticks are sent.
func (t *Ticker) Stop()

// Reset stops the ticker and restarts it with period d from now.
func (t *Ticker) Reset(d Duration)
