// A semaphore from a buffered channel of capacity 2: three workers,
// each records the most holders it saw at once (1 when they never
// overlap).
//
// outcomes: min-reached=2 real-runs=150
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	sem := make(chan struct{}, 2)
	var cur, hi atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			n := cur.Add(1)
			for {
				m := hi.Load()
				if n <= m || hi.CompareAndSwap(m, n) {
					break
				}
			}
			runtime.Gosched()
			cur.Add(-1)
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println(hi.Load())
}
