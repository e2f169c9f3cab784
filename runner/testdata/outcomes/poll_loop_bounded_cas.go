// A bounded loop of 20 fruitless polls (a failing compare-and-swap) that ends by itself, against a
// goroutine whose one write makes the polls succeed: in Go the loop
// usually finishes before the writer runs (sum 0). The fairness rule must
// not make the poller yield because its polls change nothing: its own
// state moves on (poll_loop_bounded, audit16).
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

var a atomic.Int32

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		a.Store(1)
		fmt.Println("g3 stored")
	}()
	go func() {
		defer wg.Done()
		s := 0
		for range 20 {
			if a.CompareAndSwap(1, 2) {
				s++
			}
		}
		runtime.Gosched()
		fmt.Println("g1 sum", s)
	}()
	wg.Wait()
}
