// Two goroutines increment an atomic.Int64 and a plain int 3 times each:
// the atomic count is always 6, the plain one can lose updates.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var a atomic.Int64
	plain := 0
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 3 {
				a.Add(1)
				plain++
			}
		}()
	}
	wg.Wait()
	fmt.Println(a.Load(), plain)
}
