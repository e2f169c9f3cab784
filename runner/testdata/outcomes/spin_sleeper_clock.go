// A spin that reads the clock in a call while it waits for a sleeper:
// after 100 µs it notes that it waited long, and the sleeper, 2 ms on,
// prints what it noted. Between calls the spinner's state repeats, but
// each call reads the clock, so the clock may not skip to the sleeper's
// timer (vm/fair.go's idleSpin, Machine.hidden): if it did, the sleeper
// could print before the spinner noted anything. Real Go notes the wait.
// outcomes: dfs-runs=20 random=20 pct=20
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

var flag, long atomic.Bool
var start = time.Now()

func check() {
	if time.Since(start) > 100*time.Microsecond {
		long.Store(true)
	}
}

func main() {
	go func() {
		time.Sleep(2 * time.Millisecond)
		fmt.Println("long", long.Load())
		flag.Store(true)
	}()
	for !flag.Load() {
		check()
	}
}
