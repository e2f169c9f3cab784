// A bounded loop of 20 fruitless polls (TryLock, a read, Unlock) that ends by itself, against a
// goroutine whose one write makes the polls succeed: in Go the loop
// usually finishes before the writer runs (sum 0). The fairness rule must
// not make the poller yield because its polls change nothing: its own
// state moves on (poll_loop_bounded, audit16).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

var (
	mu sync.Mutex
	x  int
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		mu.Lock()
		x = 1
		mu.Unlock()
		fmt.Println("g3 stored")
	}()
	go func() {
		defer wg.Done()
		s := 0
		for range 20 {
			if mu.TryLock() {
				s += x
				mu.Unlock()
			}
		}
		runtime.Gosched()
		fmt.Println("g1 sum", s)
	}()
	wg.Wait()
}
