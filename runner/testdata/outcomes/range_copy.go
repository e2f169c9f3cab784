// copy writes its destination's elements inside the runtime (slicecopy).
// Racing with a reader, that range access becomes a scheduling point, so
// explore shows the reader seeing the flag but not yet the copied elements.
// outcomes: dfs-runs=300 random=40 pct=40 min-reached=2
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var flag atomic.Int32
	buf := make([]int, 1<<12)
	src := make([]int, 1<<12)
	for i := range src {
		src[i] = 1
	}
	go func() {
		flag.Store(1)
		copy(buf, src)
	}()
	for flag.Load() == 0 {
	}
	fmt.Println(buf[len(buf)-1])
}
