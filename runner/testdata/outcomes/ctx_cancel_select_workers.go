// Two workers loop on select between a shared job channel and ctx.Done().
// Main hands out two jobs, then cancels: each worker reports how many jobs
// it did, which depends on which worker won each hand-off.
package main

// outcomes: dfs-runs=500

import (
	"context"
	"fmt"
	"sync"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	jobs := make(chan int)
	var wg sync.WaitGroup
	counts := make([]int, 2)
	for w := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-jobs:
					counts[w]++
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	jobs <- 1
	jobs <- 2
	cancel()
	wg.Wait()
	fmt.Println(counts, ctx.Err())
}
