// An RWMutex-guarded flag polled with a runtime.Gosched between polls, by
// two readers at once, while a writer sets it: every strategy ends, and the
// readers' lines come in either order.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var mu sync.RWMutex
	var wg sync.WaitGroup
	ready := false
	for id := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.RLock()
				r := ready
				mu.RUnlock()
				if r {
					break
				}
				runtime.Gosched()
			}
			fmt.Println("reader", id)
		}()
	}
	mu.Lock()
	ready = true
	mu.Unlock()
	wg.Wait()
}
