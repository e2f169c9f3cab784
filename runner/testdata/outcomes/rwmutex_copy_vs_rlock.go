// main copies an RWMutex while a goroutine read-locks it: a copy made
// after the RLock holds a reader (Go copies readerCount), so its TryLock
// fails. The copy is a plain load, a scheduling point only once the race
// detector sees it race with RLock's atomic add to readerCount.
// outcomes: min-reached=2
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	done := make(chan bool)
	go func() {
		rw.RLock()
		done <- true
	}()
	r2 := rw
	<-done
	fmt.Println(r2.TryLock())
}
