// runtime.Goexit runs the worker's deferred calls, wg.Done and then a
// while of work, and ends it: main may count it before it is gone.
//
// outcomes: max-steps=5000000 random=20 pct=20 dfs-runs=50
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer work()
		defer wg.Done()
		runtime.Goexit()
	}()
	wg.Wait()
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
