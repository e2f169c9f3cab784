// Two goroutines wait on the same WaitGroup; one Done releases both, and
// they report in either order.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg, all sync.WaitGroup
	wg.Add(1)
	out := make(chan string, 2)
	for _, name := range []string{"w1", "w2"} {
		all.Add(1)
		go func() {
			defer all.Done()
			wg.Wait()
			out <- name
		}()
	}
	wg.Done()
	all.Wait()
	fmt.Println(<-out, <-out)
}
