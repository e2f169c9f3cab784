// Visibility row "channel receive": two goroutines receive from one
// channel; either may get the first value.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(chan int)
	var got [2]int
	var wg sync.WaitGroup
	for id := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[id] = <-ch
		}()
	}
	ch <- 1
	ch <- 2
	wg.Wait()
	fmt.Println(got)
}
