// Increments through a CompareAndSwap retry loop are never lost; how many
// CAS attempts failed depends on the schedule.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n atomic.Int64
	var fails atomic.Int32
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 2 {
				for {
					old := n.Load()
					if n.CompareAndSwap(old, old+1) {
						break
					}
					fails.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println(n.Load(), fails.Load() > 0)
}
