// Two goroutines each close a channel unless a check says it is closed
// already: check-then-close is not atomic, so both may see it open and the
// second close panics. close must be a scheduling point.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(chan struct{})
	start := make(chan struct{})
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			select {
			case <-ch:
			default:
				close(ch)
			}
		}()
	}
	close(start)
	wg.Wait()
	fmt.Println("closed once")
}
