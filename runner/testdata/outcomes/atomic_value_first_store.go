// Two first Stores of different types into an atomic.Value: one wins, the
// other panics, and either may be first.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var v atomic.Value
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		v.Store(1)
		fmt.Println("stored 1")
		wg.Done()
	}()
	go func() {
		v.Store("one")
		fmt.Println("stored one")
		wg.Done()
	}()
	wg.Wait()
	fmt.Println("unreachable: one Store panics")
}
