// A lost update in deferred closures: each goroutine's deferred func does
// the read-modify-write of a captured counter.
// outcomes: dfs-runs=300 random=30 pct=30
package main

import (
	"fmt"
	"sync"
)

func main() {
	n := 0
	var wg sync.WaitGroup
	for _, d := range []int{1, 2} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				s := n
				for j := 0; j < 50000; j++ {
					s += j & 1
				}
				n = s - 25000 + d
			}()
		}()
	}
	wg.Wait()
	fmt.Println(n)
}
