// A local variable captured by two goroutines' closures: total += n loses
// one of the additions when both read it first.
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
	total := 0
	var wg sync.WaitGroup
	for _, n := range []int{1, 2} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			total = work(total) + n
		}()
	}
	wg.Wait()
	fmt.Println(total)
}
