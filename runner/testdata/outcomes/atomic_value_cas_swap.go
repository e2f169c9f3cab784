// atomic.Value CompareAndSwap from two goroutines: exactly one CAS from
// "init" succeeds; Swap in main returns whatever was stored last.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var v atomic.Value
	v.Store("init")
	var wg sync.WaitGroup
	won := make([]bool, 2)
	for i, s := range []string{"a", "b"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			won[i] = v.CompareAndSwap("init", s)
		}()
	}
	old := v.Swap("main")
	wg.Wait()
	fmt.Println(old, won[0], won[1], v.Load())
}
