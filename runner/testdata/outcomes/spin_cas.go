// Fairness: a spin lock built from compare-and-swap; two goroutines take it.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var lock int32
	var wg sync.WaitGroup
	total := 0
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !atomic.CompareAndSwapInt32(&lock, 0, 1) {
			}
			total++
			atomic.StoreInt32(&lock, 0)
		}()
	}
	wg.Wait()
	fmt.Println(total)
}
