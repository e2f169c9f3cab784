// Two readers write under RLock: read locks do not exclude each other, so
// their writes race.
package main

import (
	"sync"
	"time"
)

func main() {
	var mu sync.RWMutex
	hits := 0
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.RLock()
			hits++
			mu.RUnlock()
		}()
		time.Sleep(10 * time.Millisecond)
	}
	wg.Wait()
	println("hits:", hits)
}
