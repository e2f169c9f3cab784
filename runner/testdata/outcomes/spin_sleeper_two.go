// A spin waiting for the later of two sleepers: the first stores a value
// after 1 ms, the second sets the flag after 10 ms (ten million
// instructions of spinning: the skip charges them to the budget). The clock may skip to
// each timer in turn (vm/fair.go's idleSpin), but never past the first:
// the spinner always sees the first sleeper's value, as in Go.
// outcomes: max-steps=20000000
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	var value atomic.Int32
	var flag atomic.Bool
	go func() {
		time.Sleep(time.Millisecond)
		value.Store(1)
	}()
	go func() {
		time.Sleep(10 * time.Millisecond)
		flag.Store(true)
	}()
	for !flag.Load() {
	}
	fmt.Println(value.Load())
}
