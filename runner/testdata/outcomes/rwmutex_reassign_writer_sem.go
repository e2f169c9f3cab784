// A writer waits for main's read lock on the writer semaphore; a zero
// RWMutex is assigned over it; main read-locks the new value and a new
// writer waits for it, behind the old one on the same semaphore. main's
// RUnlock releases the writer semaphore once: the old writer wakes and
// holds the lock, the new one stays parked.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	ready := make(chan bool)
	go func() {
		ready <- true
		rw.Lock()
		fmt.Println("old writer")
		rw.Unlock()
	}()
	<-ready
	time.Sleep(10 * time.Millisecond) // it waits for the reader
	rw = sync.RWMutex{}
	rw.RLock()
	go func() {
		ready <- true
		rw.Lock()
		fmt.Println("new writer")
		rw.Unlock()
	}()
	<-ready
	time.Sleep(10 * time.Millisecond) // it waits for the reader
	rw.RUnlock()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main done")
}
