// After a zero RWMutex is assigned over a write-locked one with a reader
// waiting, main write-locks the new value and a new reader waits: the
// new readerCount counts one reader, so main's Unlock releases one token
// on the reader semaphore, which wakes the first reader queued there, the
// old one; the new reader stays parked.
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
		rw.RLock()
		fmt.Println("old reader")
	}()
	<-ready
	time.Sleep(10 * time.Millisecond) // it waits
	rw = sync.RWMutex{}
	rw.Lock()
	go func() {
		ready <- true
		rw.RLock()
		fmt.Println("new reader")
	}()
	<-ready
	time.Sleep(10 * time.Millisecond) // it waits
	rw.Unlock()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main done")
}
