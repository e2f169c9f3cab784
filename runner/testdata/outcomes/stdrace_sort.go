// Two goroutines sort one slice with sort.Ints: the element swaps inside
// the standard library race, and values can be duplicated or lost.
// outcomes: dfs-runs=100 random=40 pct=40 min-reached=2
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	s := make([]int, 200)
	for i := range s {
		s[i] = (i*37)%len(s) + 1
	}
	var wg sync.WaitGroup
	start := make(chan struct{})
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			sort.Ints(s)
		}()
	}
	close(start)
	wg.Wait()
	sum := 0
	for _, v := range s {
		sum += v
	}
	fmt.Println(sort.IntsAreSorted(s), sum == 200*201/2)
}
