// A worker's wg.Done releases main's Wait; the worker works a while and
// ends, so main's count may still include it.
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
		wg.Done()
		work()
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
