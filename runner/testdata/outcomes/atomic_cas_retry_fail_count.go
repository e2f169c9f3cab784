// A CAS retry loop: each goroutine loads v and swaps in v*10+i; a CAS
// fails (and is retried) when the other's CAS lands between its load and
// its CAS. Prints the final value (the order) and the failure count.
//
// outcomes: min-reached=2 real-runs=150
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var v, fails atomic.Int64
	var wg sync.WaitGroup
	for i := 1; i <= 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				old := v.Load()
				if v.CompareAndSwap(old, old*10+int64(i)) {
					return
				}
				fails.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(v.Load(), fails.Load())
}
