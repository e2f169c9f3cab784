// A Signal with no waiter is lost: without a predicate loop, a waiter that
// arrives after the Signal sleeps forever (deadlock); one that arrives
// first is woken.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	done := make(chan bool)
	go func() {
		mu.Lock()
		c.Wait()
		mu.Unlock()
		done <- true
	}()
	mu.Lock()
	c.Signal()
	mu.Unlock()
	fmt.Println("woken", <-done)
}
