// Visibility row "atomic operations": the first compare-and-swap wins.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var winner int32
	var wg sync.WaitGroup
	for id := int32(1); id <= 2; id++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.CompareAndSwapInt32(&winner, 0, id)
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt32(&winner))
}
