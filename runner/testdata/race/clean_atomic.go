// An atomic counter and an atomic flag that publishes a plain write.
package main

import (
	"sync"
	"sync/atomic"
)

func main() {
	var n int64
	var hits atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 10; j++ {
				atomic.AddInt64(&n, 1)
				hits.Add(1)
			}
		}()
	}
	wg.Wait()
	println("n:", atomic.LoadInt64(&n), "hits:", hits.Load())

	var ready atomic.Bool
	data := 0
	go func() {
		data = 99
		ready.Store(true)
	}()
	for !ready.Load() {
	}
	println("data:", data)
}
