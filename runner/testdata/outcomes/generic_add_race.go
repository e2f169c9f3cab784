// A lost update through a generic function: two goroutines call
// add[int64] on one counter; the read-modify-write through *T races.
// outcomes: dfs-runs=300 random=30 pct=30
package main

import (
	"fmt"
	"sync"
)

type number interface{ ~int | ~int64 }

func slow[T number](v T) T {
	s := v
	for j := 0; j < 50000; j++ {
		s += T(j & 1)
	}
	return s - 25000
}

func add[T number](p *T, d T) { *p = slow(*p) + d }

func main() {
	var total int64
	var wg sync.WaitGroup
	for _, d := range []int64{1, 2} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			add(&total, d)
		}()
	}
	wg.Wait()
	fmt.Println(total)
}
