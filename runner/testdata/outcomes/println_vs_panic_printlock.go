// A fatal panic's message is printed under the runtime's printlock: it
// waits for another goroutine's println to finish its line, while main's
// own fmt write to os.Stderr, which does not take the lock, can land
// inside that line.
package main

import (
	"fmt"
	"os"
	"sync/atomic"
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
	fmt.Fprint(os.Stderr, "m ")
	panic("boom")
}
