// atomic.Int32.Add hands out tickets: each goroutine prints the ticket it
// got, so the order of the Adds shows.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type counter struct{ n atomic.Int32 }

func main() {
	c := &counter{}
	var wg sync.WaitGroup
	got := make([]int32, 2)
	for i := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = c.n.Add(1)
		}()
	}
	wg.Wait()
	fmt.Println(got)
}
