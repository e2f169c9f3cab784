// A lost update on an array element through a pointer to the array:
// (*p)[i] = slow((*p)[i]) + d in two goroutines.
// outcomes: dfs-runs=300 random=30 pct=30
package main

import (
	"fmt"
	"sync"
)

func slow(v int) int {
	s := v
	for j := 0; j < 50000; j++ {
		s += j & 1
	}
	return s - 25000
}

func main() {
	var counts [3]int
	p := &counts
	var wg sync.WaitGroup
	for _, d := range []int{10, 20} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			(*p)[1] = slow((*p)[1]) + d
		}()
	}
	wg.Wait()
	fmt.Println(counts)
}
