// The worker works a while after its send and ends; main counts, then
// waits for a second send nobody makes: once the worker is gone every
// goroutine is asleep.
//
// outcomes: max-steps=5000000 random=20 pct=20 dfs-runs=50
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		done <- true
		work()
	}()
	<-done
	fmt.Println(runtime.NumGoroutine())
	<-done
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
