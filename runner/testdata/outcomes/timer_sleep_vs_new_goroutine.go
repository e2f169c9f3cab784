// A short sleep can end before a goroutine made just before it has run:
// Go parks the sleeper, and the scheduler looks at its timers before its
// run queue (an idle P on another thread takes microseconds to wake), so
// main often prints 0 (107+109 of 300+300 runs). Interleave let the sleep
// end only after the new goroutine's step, since it was runnable: never 0
// (audit11).
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

var x atomic.Int32

func main() {
	go func() { x.Store(1) }()
	time.Sleep(10 * time.Microsecond)
	fmt.Println(x.Load())
}
