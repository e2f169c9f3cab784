// Check-then-close in two goroutines, with some work between the check and
// the close: both goroutines may find the channel open, and the second
// close panics.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"sync"
)

var sink [2]int

func work(id int) {
	x := 0
	for i := range 20000 {
		x += i * i
	}
	sink[id] = x
}

func main() {
	ch := make(chan struct{})
	start := make(chan struct{})
	var wg sync.WaitGroup
	for id := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			select {
			case <-ch:
			default:
				work(id)
				close(ch)
			}
		}()
	}
	close(start)
	wg.Wait()
	fmt.Println("closed once")
}
