// A goroutine sends and then works a while before it ends; main, woken by
// the send, counts the goroutines before or after the sender is gone.
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
