// A worker panics, recovers in a deferred call that signals main and
// works a while, and ends: main may count it before it is gone.
//
// outcomes: max-steps=5000000 random=20 pct=20 dfs-runs=50
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan any)
	go func() {
		defer func() {
			done <- recover()
			work()
		}()
		panic("boom")
	}()
	r := <-done
	fmt.Println(r, runtime.NumGoroutine())
}

var sink int

// work runs a loop of half a million additions, about a millisecond.
func work() {
	s := 0
	for i := 0; i < 500000; i++ {
		s += i
	}
	sink = s
}
