// Cond.Signal wakes one waiter (the one waiting longest), Broadcast all.
// Two waiters wait for a ticket in a predicate loop; main hands out one
// ticket with Signal, then the second with Broadcast. Who gets the first
// ticket depends on which goroutine waited first.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	tickets := 0
	got := make(chan string, 2)
	for _, name := range []string{"x", "y"} {
		go func() {
			mu.Lock()
			for tickets == 0 {
				c.Wait()
			}
			tickets--
			mu.Unlock()
			got <- name
		}()
	}
	time.Sleep(20 * time.Millisecond) // both are waiting by now
	mu.Lock()
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
