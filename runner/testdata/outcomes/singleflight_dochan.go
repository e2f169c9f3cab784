// singleflight DoChan from two goroutines: the second joins the first's
// call (shared) or starts its own after it finished.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"sync"

	"golang.org/x/sync/singleflight"
)

func main() {
	var g singleflight.Group
	calls := 0
	var wg sync.WaitGroup
	res := make([]bool, 2)
	for i := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := <-g.DoChan("k", func() (any, error) {
				calls++
				return calls, nil
			})
			res[i] = r.Shared
		}()
	}
	wg.Wait()
	fmt.Println(calls, res[0], res[1])
}
