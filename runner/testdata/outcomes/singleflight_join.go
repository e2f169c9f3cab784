// singleflight: a second Do for the same key joins the call in flight
// (shared) unless it arrives after the first returned; the
// number of executions is 1 or 2.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"

	"golang.org/x/sync/singleflight"
)

func main() {
	var g singleflight.Group
	var calls atomic.Int32
	var wg sync.WaitGroup
	gate := make(chan struct{})
	shared := make([]bool, 2)
	for i := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _, shared[i] = g.Do("k", func() (any, error) {
				calls.Add(1)
				<-gate
				return nil, nil
			})
		}()
	}
	close(gate)
	wg.Wait()
	fmt.Println(calls.Load(), shared[0], shared[1])
}
