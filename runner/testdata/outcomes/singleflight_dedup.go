// singleflight.Group.Do: two goroutines ask for the same key; the second
// either joins the call in flight (one call, both results shared) or comes
// after it finished (two calls, nothing shared).
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
	results := make([]string, 2)
	for i := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, err, shared := g.Do("key", func() (any, error) {
				return calls.Add(1), nil
			})
			results[i] = fmt.Sprint(v, err, shared)
		}()
	}
	wg.Wait()
	fmt.Println("calls:", calls.Load(), results)
}
