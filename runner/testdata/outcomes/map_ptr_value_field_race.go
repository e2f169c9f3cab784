// Map of pointers: both goroutines read the same *T from the map (a
// visible map read) and then update its field plainly: a lost update.
// outcomes: dfs-runs=300 random=30 pct=30
package main

import (
	"fmt"
	"sync"
)

type stat struct{ hits int }

func slow(v int) int {
	s := v
	for j := 0; j < 50000; j++ {
		s += j & 1
	}
	return s - 25000
}

func main() {
	m := map[string]*stat{"k": {}}
	var wg sync.WaitGroup
	for _, d := range []int{1, 2} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st := m["k"]
			st.hits = slow(st.hits) + d
		}()
	}
	wg.Wait()
	fmt.Println(m["k"].hits)
}
