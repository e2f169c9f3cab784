// A poll that takes the lock with TryLock, reads the flag and unlocks; the
// goroutine setting the flag also takes the lock with TryLock in a loop.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	done := false
	go func() {
		for !mu.TryLock() {
		}
		done = true
		mu.Unlock()
	}()
	for {
		if mu.TryLock() {
			d := done
			mu.Unlock()
			if d {
				break
			}
		}
	}
	fmt.Println("done")
}
