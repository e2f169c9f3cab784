// Two goroutines write to one map without a lock. Go's map detects the
// concurrent write in some runs and dies with a fatal error (not
// recoverable); otherwise both writers finish.
package main

// outcomes: dfs-runs=300 random=100 pct=100

import (
	"fmt"
	"sync"
)

func main() {
	m := make(map[int]int, 200) // large from the start: no small-map internals
	var wg sync.WaitGroup
	for g := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 50 {
				m[g*100+i] = i
			}
		}()
	}
	wg.Wait()
	fmt.Println(len(m))
}
