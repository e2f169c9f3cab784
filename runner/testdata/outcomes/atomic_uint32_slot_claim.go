// A CAS loop on an atomic.Uint32 hands out slots: each goroutine claims
// the next number; which goroutine got which slot shows the order.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func claim(next *atomic.Uint32) uint32 {
	for {
		old := next.Load()
		if next.CompareAndSwap(old, old+1) {
			return old
		}
	}
}

func main() {
	var next atomic.Uint32
	var wg sync.WaitGroup
	slots := make([]uint32, 2)
	for i := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			slots[i] = claim(&next)
		}()
	}
	wg.Wait()
	fmt.Println(slots)
}
