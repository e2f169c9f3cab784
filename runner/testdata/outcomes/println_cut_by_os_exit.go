// os.Exit does not take the runtime's printlock: another goroutine's exit
// can land between the writes of a println ("a ", "1", "\n") and cut the
// line short.
package main

import (
	"os"
	"sync/atomic"
)

func main() {
	var ready, start atomic.Bool
	go func() {
		ready.Store(true)
		for !start.Load() {
		}
		os.Exit(3)
	}()
	for !ready.Load() {
	}
	start.Store(true)
	println("a", 1)
	select {}
}
