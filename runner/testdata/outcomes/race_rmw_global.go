// Two goroutines read a global counter, work a while, and write it back
// plus one: a lost update when both read before either writes. No
// scheduling point lies between the read and the write; only race-directed
// exploration (the race detector makes both accesses visible) reaches it.
// outcomes: dfs-runs=300 random=30 pct=30
package main

import (
	"fmt"
	"sync"
)

var counter int

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
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			counter = work(counter) + 1
		}()
	}
	wg.Wait()
	fmt.Println(counter)
}
