// A bounded loop of 20 fruitless polls (a map read under a Mutex) that ends by itself, against a
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
	m  = map[int]int{}
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		mu.Lock()
		m[0] = 1
		mu.Unlock()
		fmt.Println("g3 stored")
	}()
	go func() {
		defer wg.Done()
		s := 0
		for range 20 {
			mu.Lock()
			s += m[0]
			mu.Unlock()
		}
		runtime.Gosched()
		fmt.Println("g1 sum", s)
	}()
	wg.Wait()
}
