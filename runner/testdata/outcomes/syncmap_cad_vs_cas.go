// sync.Map.CompareAndDelete against CompareAndSwap of the same old value:
// exactly one succeeds; a swap after the delete finds no key.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	m.Store("k", 1)
	var wg sync.WaitGroup
	var deleted, swapped bool
	wg.Go(func() { deleted = m.CompareAndDelete("k", 1) })
	wg.Go(func() { swapped = m.CompareAndSwap("k", 1, 2) })
	wg.Wait()
	v, ok := m.Load("k")
	fmt.Println(deleted, swapped, v, ok)
}
