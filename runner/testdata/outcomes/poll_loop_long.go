// A bounded loop of 1000 atomic loads that ends by itself, against a
// goroutine that sets the flag it waits for: in Go the loop usually runs
// to its end before the other goroutine runs (GOMAXPROCS=1: g1 was started
// last and runs first; 1000 loads take a microsecond). The fairness rule
// lets a loop whose state moves on poll 1024 times at a site before it
// yields (spinCap), 128 at a site where a loop did not end by itself
// before (spinCapAgain).
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

var flag atomic.Bool

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		flag.Store(true)
		fmt.Println("g3 stored")
	}()
	go func() {
		defer wg.Done()
		seen := false
		for i := 0; i < 1000; i++ {
			if flag.Load() {
				seen = true
				break
			}
		}
		runtime.Gosched()
		fmt.Println("g1 saw it:", seen)
	}()
	wg.Wait()
}
