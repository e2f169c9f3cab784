// A zero RWMutex assigned over a write-locked one while a second writer
// waits for its writer mutex w: the waiter sleeps on the semaphore at
// w's address, and the zeroed w counts no waiter, so a Lock and Unlock
// of the new value release nobody: the old writer stays parked.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var rw sync.RWMutex
	rw.Lock()
	ready := make(chan bool)
	done := make(chan bool)
	go func() {
		ready <- true
		rw.Lock()
		done <- true
	}()
	<-ready
	time.Sleep(10 * time.Millisecond) // it waits for w
	rw = sync.RWMutex{}
	rw.Lock()
	rw.Unlock()
	select {
	case <-done:
		fmt.Println("writer woke")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("writer still parked")
	}
}
