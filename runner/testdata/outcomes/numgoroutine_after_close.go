// A worker closes a channel, works a while and ends; main's receive
// returns at the close, before or after the worker is gone.
//
// outcomes: max-steps=5000000 random=20 pct=20 dfs-runs=50
package main

import (
	"fmt"
	"runtime"
)

func main() {
	ch := make(chan int)
	go func() {
		close(ch)
		work()
	}()
	<-ch
	fmt.Println(runtime.NumGoroutine())
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
