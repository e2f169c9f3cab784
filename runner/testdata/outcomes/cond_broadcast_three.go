// Three goroutines wait on a sync.Cond until main sets the flag and
// broadcasts; main waits until all three are waiting (counted under the
// mutex) so that one Broadcast wakes them all. Their report order varies.
package main

// outcomes: dfs-runs=500

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	waiting, ready := 0, false
	allWaiting := sync.NewCond(&mu)
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			waiting++
			allWaiting.Signal()
			for !ready {
				c.Wait()
			}
			mu.Unlock()
			fmt.Print(i)
		}()
	}
	mu.Lock()
	for waiting < 3 {
		allWaiting.Wait()
	}
	ready = true
	c.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println()
}
