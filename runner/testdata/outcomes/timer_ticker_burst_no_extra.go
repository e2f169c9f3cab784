// A goroutine woken by a tick polls the ticker twenty times without
// parking. The polls take microseconds, so they may find one more tick
// when the first came late (the next is due sooner then), but never two:
// that needs two periods, 600 µs. Interleave lets a timer fire after any
// step while its goroutine may still be late, but a goroutine is late by
// less than half a millisecond in all since it last became runnable
// (clock.go's lateBy): with a jump allowed after every step and no such
// bound, each poll could move the clock to the next tick, and main saw
// "extra ticks: 2" (or more) and a burst of over a millisecond, which Go
// does not do on a machine that is not overloaded.
package main

import (
	"fmt"
	"time"
)

func main() {
	tick := time.NewTicker(300 * time.Microsecond)
	defer tick.Stop()
	<-tick.C
	start := time.Now()
	n := 0
	for i := 0; i < 20; i++ {
		select {
		case <-tick.C:
			n++
		default:
		}
	}
	fmt.Println("extra ticks:", n, "burst over 1ms:", time.Since(start) > time.Millisecond)
}
