// Two goroutines print, yield with runtime.Gosched, and print again: the
// four lines interleave in any order that keeps each goroutine's own two in
// order.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for _, name := range []string{"a", "b"} {
		wg.Go(func() {
			fmt.Println(name, 1)
			runtime.Gosched()
			fmt.Println(name, 2)
		})
	}
	wg.Wait()
}
