// atomic.Uint64 decremented by Add(^uint64(0)) from two goroutines and
// incremented by main: the final value is exact, the intermediate value
// main reads depends on the order.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n atomic.Uint64
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() { n.Add(^uint64(0)) })
	}
	mid := n.Add(1)
	wg.Wait()
	fmt.Println(mid, n.Load())
}
