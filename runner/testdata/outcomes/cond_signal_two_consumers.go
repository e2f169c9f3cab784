// sync.Cond with a predicate loop: two consumers wait for items; the
// producer adds two items, signalling once per item. Which consumer gets
// which item, and whether one gets both, depends on the schedule.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	var items []int
	got := make(chan string, 2)
	for _, name := range []string{"a", "b"} {
		go func() {
			mu.Lock()
			for len(items) == 0 {
				c.Wait()
			}
			it := items[0]
			items = items[1:]
			mu.Unlock()
			got <- fmt.Sprint(name, it)
		}()
	}
	for i := 1; i <= 2; i++ {
		mu.Lock()
		items = append(items, i)
		c.Signal()
		mu.Unlock()
	}
	fmt.Println(<-got, <-got)
}
