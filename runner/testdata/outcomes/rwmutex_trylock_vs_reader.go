// TryLock of an RWMutex while a reader goroutine holds (or has not yet
// taken, or has released) a read lock: main's TryLock result shows where
// the reader was.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	release := make(chan bool)
	done := make(chan bool)
	go func() {
		rw.RLock()
		<-release
		rw.RUnlock()
		done <- true
	}()
	n := 0
	for j := 0; j < 200000; j++ {
		n += j & 1
	}
	ok := rw.TryLock()
	if ok {
		rw.Unlock()
	}
	close(release)
	<-done
	fmt.Println(ok, n > 0)
}
