// Misuse of sync in one goroutine, in the order Go reports it: a negative
// WaitGroup counter panics (recoverable) and leaves the counter negative;
// RWMutex RUnlock of an unlocked mutex is a fatal error that no recover
// stops, after the deferred print.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		wg.Done()
	}()
	func() {
		defer func() { fmt.Println("recovered again:", recover()) }()
		wg.Add(1) // the counter was left at -1: now 0, no panic
		wg.Wait()
		fmt.Println("wait returned at once")
	}()

	var mu sync.Mutex
	fmt.Println("TryLock:", mu.TryLock(), mu.TryLock())
	mu.Unlock()

	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	fmt.Println("TryLock with readers:", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	defer fmt.Println("deferred: not printed, a fatal error runs no defers")
	defer func() { fmt.Println("recover cannot stop it:", recover()) }()
	rw.RUnlock()
}
