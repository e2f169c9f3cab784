// After a zero RWMutex is assigned over a write-locked one with a writer
// waiting for w, a new writer waits for w: the zeroed w counts it, so
// main's Unlock wakes one waiter from the semaphore at w's address, the
// first in its queue, the old writer. The old writer's Unlock then finds
// nobody counted and wakes nobody: the new writer stays parked.
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
	go func() {
		ready <- true
		rw.Lock()
		fmt.Println("old writer")
		rw.Unlock()
	}()
	<-ready
	time.Sleep(10 * time.Millisecond) // it waits
	rw = sync.RWMutex{}
	rw.Lock()
	go func() {
		ready <- true
		rw.Lock()
		fmt.Println("new writer")
		rw.Unlock()
	}()
	<-ready
	time.Sleep(10 * time.Millisecond) // it waits
	rw.Unlock()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main done")
}
