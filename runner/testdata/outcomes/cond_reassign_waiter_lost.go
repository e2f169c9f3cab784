// A Cond assigned a new value (same Locker) while a goroutine waits: the
// waiter is in the old notify list, which the assignment zeroes, so a
// Signal and a Broadcast on the new value wake nobody.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := make(chan bool)
	done := make(chan bool)
	go func() {
		mu.Lock()
		ready <- true
		c.Wait()
		mu.Unlock()
		done <- true
	}()
	<-ready
	time.Sleep(10 * time.Millisecond) // it waits
	mu.Lock()
	*c = sync.Cond{L: &mu}
	c.Signal()
	c.Broadcast()
	mu.Unlock()
	select {
	case <-done:
		fmt.Println("waiter woke")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("waiter still parked")
	}
}
