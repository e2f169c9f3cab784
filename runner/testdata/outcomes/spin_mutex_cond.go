// Main polls, under the mutex, until both goroutines wait on the Cond, then
// hands out one ticket with Signal (it wakes the goroutine waiting longest)
// and the second with Broadcast: who gets the first ticket depends on which
// goroutine waited first.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	tickets := 0
	waiting := 0
	got := make(chan string, 2)
	for _, name := range []string{"x", "y"} {
		go func() {
			mu.Lock()
			waiting++
			for tickets == 0 {
				c.Wait()
			}
			tickets--
			mu.Unlock()
			got <- name
		}()
	}
	for {
		mu.Lock()
		if waiting == 2 {
			break
		}
		mu.Unlock()
	}
	tickets++
	c.Signal()
	mu.Unlock()
	first := <-got
	mu.Lock()
	tickets++
	c.Broadcast()
	mu.Unlock()
	fmt.Println(first, <-got)
}
