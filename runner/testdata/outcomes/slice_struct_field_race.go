// A lost update on a field of a slice element: s[0].n = slow(s[0].n) + d
// from two goroutines.
// outcomes: dfs-runs=300 random=30 pct=30
package main

import (
	"fmt"
	"sync"
)

type item struct {
	name string
	n    int
}

func slow(v int) int {
	s := v
	for j := 0; j < 50000; j++ {
		s += j & 1
	}
	return s - 25000
}

func main() {
	s := []item{{"a", 0}, {"b", 0}}
	var wg sync.WaitGroup
	for _, d := range []int{1, 2} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s[0].n = slow(s[0].n) + d
		}()
	}
	wg.Wait()
	fmt.Println(s)
}
