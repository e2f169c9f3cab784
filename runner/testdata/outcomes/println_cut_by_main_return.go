// main's return ends the process without the runtime's printlock: it can
// land between the writes of another goroutine's println ("a ", "1",
// "\n") and cut the line short.
package main

import (
	"sync/atomic"
	"time"
)

func main() {
	var ready, start atomic.Bool
	go func() {
		ready.Store(true)
		for !start.Load() {
		}
		println("a", 1)
	}()
	for !ready.Load() {
	}
	start.Store(true)
	time.Sleep(time.Microsecond)
}
