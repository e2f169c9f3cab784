// A spin on an atomic flag that a goroutine sets after sleeping: only the
// spinner can run meanwhile. Its polls repeat one state, so the clock
// skips to the sleeper's timer (vm/fair.go's idleSpin) instead of
// advancing with a million instructions of spinning; the time main sees
// pass is still at least the sleep, as in Go.
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	var flag atomic.Bool
	start := time.Now()
	go func() {
		time.Sleep(time.Millisecond)
		flag.Store(true)
	}()
	for !flag.Load() {
	}
	fmt.Println("set", time.Since(start) >= time.Millisecond)
}
