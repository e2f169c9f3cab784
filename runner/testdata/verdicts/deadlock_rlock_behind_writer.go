// A recursive RLock deadlocks only if a writer calls Lock between the two
// RLocks: from that moment new readers wait (Go's readerCount < 0), and the
// writer waits for the reader that holds the first RLock.
// Real Go: see testdata/outcomes/rwmutex_recursive_rlock.golden (159 of 300 runs deadlock at GOMAXPROCS=2).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.RWMutex
	done := make(chan bool)
	go func() {
		mu.Lock()
		fmt.Println("writer")
		mu.Unlock()
		done <- true
	}()
	mu.RLock()
	for i := 0; i < 300000; i++ { // gives the writer time to call Lock
	}
	mu.RLock()
	fmt.Println("reader")
	mu.RUnlock()
	mu.RUnlock()
	<-done
}
