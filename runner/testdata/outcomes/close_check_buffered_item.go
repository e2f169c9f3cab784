// Two goroutines each take a value from a buffered channel or, finding it
// empty, close it: one takes the buffered 1, the other closes; the print
// order depends on the schedule.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(chan int, 1)
	ch <- 1
	start := make(chan struct{})
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			select {
			case v, ok := <-ch:
				fmt.Println("got", v, ok)
			default:
				close(ch)
				fmt.Println("closed")
			}
		}()
	}
	close(start)
	wg.Wait()
}
