// sync.RWMutex writer preference: once a writer waits in Lock, the last
// reader's RUnlock hands it the lock and a new RLock waits behind it.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.RWMutex
	mu.RLock()
	go func() {
		mu.Lock()
		fmt.Println("writer")
		mu.Unlock()
	}()
	time.Sleep(300 * time.Millisecond) // the writer is now waiting in Lock (a wide margin: real Go on a loaded machine)
	mu.RUnlock()
	mu.RLock() // must not overtake the writer
	fmt.Println("reader")
	mu.RUnlock()

	// TryRLock fails while a writer waits, TryLock while a reader holds.
	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("TryLock with a reader:", rw.TryLock())
	go rw.Lock()
	time.Sleep(300 * time.Millisecond)
	fmt.Println("TryRLock with a waiting writer:", rw.TryRLock())
	rw.RUnlock()
	time.Sleep(300 * time.Millisecond)
	fmt.Println("TryRLock with a writer:", rw.TryRLock())
	rw.Unlock()
	fmt.Println("TryRLock after Unlock:", rw.TryRLock())
	fmt.Println("TryLock with a reader:", rw.TryLock())
	rw.RUnlock()
	fmt.Println("TryLock when free:", rw.TryLock())
}
