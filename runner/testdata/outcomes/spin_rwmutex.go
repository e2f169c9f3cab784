// A flag guarded by an RWMutex, polled under the read lock by main until a
// goroutine sets it under the write lock: real Go's scheduler preempts the
// poller, so it always ends, under every strategy here too.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.RWMutex
	ready := false
	go func() {
		mu.Lock()
		ready = true
		mu.Unlock()
	}()
	for {
		mu.RLock()
		done := ready
		mu.RUnlock()
		if done {
			break
		}
	}
	fmt.Println("saw ready")
}
