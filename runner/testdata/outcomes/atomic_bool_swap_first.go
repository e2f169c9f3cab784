// atomic.Bool Swap as a one-shot latch: exactly one of three goroutines
// sees false and prints; the others stay silent.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var fired atomic.Bool
	var wg sync.WaitGroup
	for _, name := range []string{"a", "b", "c"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if !fired.Swap(true) {
				fmt.Println("winner", name)
			}
		}()
	}
	wg.Wait()
}
