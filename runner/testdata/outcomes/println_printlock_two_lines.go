// Two goroutines' printlns never mix piece by piece: each holds the
// runtime's printlock from its first write to its last. main's fmt write
// to os.Stderr, which does not take the lock, can land inside the other
// goroutine's line, and main's println then waits for that line's end.
package main

import (
	"fmt"
	"os"
	"sync/atomic"
)

func main() {
	var ready, start atomic.Bool
	done := make(chan bool)
	go func() {
		ready.Store(true)
		for !start.Load() {
		}
		println("a", 1)
		done <- true
	}()
	for !ready.Load() {
	}
	start.Store(true)
	fmt.Fprint(os.Stderr, "m ")
	println("b", 2)
	<-done
}
