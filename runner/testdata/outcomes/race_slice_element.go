// Goroutines count into the same slice element: lost updates.
// outcomes: dfs-runs=300 random=30 pct=30
package main

import (
	"fmt"
	"sync"
)

// work returns v after keeping the goroutine busy a while: real Go, running
// both goroutines at once, then shows the lost update too.
func work(v int) int {
	s := v
	for j := 0; j < 50000; j++ {
		s += j & 1
	}
	return s - 25000
}

func main() {
	hits := make([]int, 3)
	var wg sync.WaitGroup
	for i := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			hits[2] = work(hits[2]) + 1
			hits[i]++
		}()
	}
	wg.Wait()
	fmt.Println(hits)
}
