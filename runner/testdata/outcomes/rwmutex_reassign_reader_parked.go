// A zero RWMutex assigned over a write-locked one while a reader waits on
// the reader semaphore: the zeroed readerCount no longer counts it, so a
// writer's Lock and Unlock of the new value release no reader token and
// the reader stays parked; a new reader gets in at once.
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
		rw.RLock()
		done <- true
	}()
	<-ready
	time.Sleep(10 * time.Millisecond) // it waits
	rw = sync.RWMutex{}
	rw.Lock()
	rw.Unlock()
	rw.RLock()
	fmt.Println("new reader in")
	rw.RUnlock()
	select {
	case <-done:
		fmt.Println("reader woke")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("reader still parked")
	}
}
