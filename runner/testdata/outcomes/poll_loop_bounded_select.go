// A bounded loop of 20 fruitless polls (a select with default) that ends by itself, against a
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

var done = make(chan struct{})

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		close(done)
		fmt.Println("g3 stored")
	}()
	go func() {
		defer wg.Done()
		s := 0
		for range 20 {
			select {
			case <-done:
				s++
			default:
			}
		}
		runtime.Gosched()
		fmt.Println("g1 sum", s)
	}()
	wg.Wait()
}
