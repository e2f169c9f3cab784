// An RWMutex used as a plain lock by the poller (Lock and Unlock, not the
// read lock) while a reader-then-writer goroutine sets the flag: the
// poller's fruitless Lock/Unlock pairs must not starve the other.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.RWMutex
	ready := 0
	go func() {
		mu.RLock()
		r := ready
		mu.RUnlock()
		mu.Lock()
		ready = r + 1
		mu.Unlock()
	}()
	for {
		mu.Lock()
		r := ready
		mu.Unlock()
		if r > 0 {
			fmt.Println("ready", r)
			return
		}
	}
}
