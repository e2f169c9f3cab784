// clear(s) zeroes s's elements (memclr; -race does not see it, but it is a
// race all the same, and exploration's detector records it): the reader may
// see the flag and the old elements.
// outcomes: dfs-runs=300 random=40 pct=40 min-reached=2
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var flag atomic.Int32
	buf := make([]int, 1<<12)
	for i := range buf {
		buf[i] = 1
	}
	go func() {
		flag.Store(1)
		clear(buf)
	}()
	for flag.Load() == 0 {
	}
	fmt.Println(buf[len(buf)-1])
}
