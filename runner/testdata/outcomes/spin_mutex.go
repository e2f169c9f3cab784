// A flag guarded by a mutex, polled in a loop by main until a goroutine
// sets it: real Go's scheduler preempts the poller, so it always ends.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	ready := false
	go func() {
		mu.Lock()
		ready = true
		mu.Unlock()
	}()
	for {
		mu.Lock()
		r := ready
		mu.Unlock()
		if r {
			break
		}
	}
	fmt.Println("saw ready")
}
