// A zero Mutex assigned over a locked one while a goroutine waits in Lock:
// the waiter stays parked on the semaphore at the mutex's address, and the
// zeroed state word no longer counts it, so main's Lock and Unlock take
// the fast paths and never wake it.
package main

import (
	"fmt"
	"sync"
	"time"
)

type counter struct {
	mu sync.Mutex
	n  int
}

func main() {
	var c counter
	c.mu.Lock()
	done := make(chan bool)
	go func() {
		c.mu.Lock()
		c.n++
		c.mu.Unlock()
		done <- true
	}()
	time.Sleep(10 * time.Millisecond) // the goroutine waits in Lock
	c.mu = sync.Mutex{}
	c.mu.Lock()
	c.mu.Unlock()
	select {
	case <-done:
		fmt.Println("waiter woke")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("waiter still parked")
	}
}
