// An append that fits its capacity writes the new elements into the shared
// array (slicecopy for append(s, t...)): a range write another goroutine can
// see in part.
// outcomes: dfs-runs=300 random=40 pct=40 min-reached=2
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var flag atomic.Int32
	shared := make([]int, 1<<12)
	src := make([]int, 1<<12)
	for i := range src {
		src[i] = 1
	}
	go func() {
		flag.Store(1)
		_ = append(shared[:0], src...)
	}()
	for flag.Load() == 0 {
	}
	fmt.Println(shared[len(shared)-1])
}
