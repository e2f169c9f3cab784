// A Broadcast made before a goroutine waits is lost, unless the waiter
// checks a predicate: here it checks none, so whether it is woken depends
// on whether it waited before the Broadcast; main reports after a timeout.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	woke := make(chan bool)
	go func() {
		mu.Lock()
		c.Wait()
		mu.Unlock()
		woke <- true
	}()
	mu.Lock()
	c.Broadcast()
	mu.Unlock()
	select {
	case <-woke:
		fmt.Println("woken")
	case <-time.After(50 * time.Millisecond):
		fmt.Println("lost")
	}
}
