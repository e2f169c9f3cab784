// An AfterFunc of a microsecond against main running on without parking:
// at GOMAXPROCS=2 another P runs the timer's goroutine while main polls, and
// main sees its store within five loads now and then (GOMAXPROCS=1: never;
// main keeps the only P until wg.Wait). Interleave's clock counted only
// the instructions of the five loads, far less than a microsecond, and a
// timer fired early only after a goroutine parked: main never saw it. Now
// a timer due within what the running goroutine may still be late fires
// after any step, as a choice (clock.go's fireEarly).
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

var x atomic.Int32

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	time.AfterFunc(time.Microsecond, func() {
		x.Store(1)
		wg.Done()
	})
	seen := false
	for i := 0; i < 5 && !seen; i++ {
		seen = x.Load() == 1
	}
	wg.Wait()
	fmt.Println("seen:", seen)
}
