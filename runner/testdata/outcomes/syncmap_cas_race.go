// sync.Map.CompareAndSwap from two goroutines on the same old value: one
// swaps, the other fails; CompareAndDelete then only matches the winner.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	m.Store("k", "init")
	var wg sync.WaitGroup
	res := make([]bool, 2)
	for i, v := range []string{"a", "b"} {
		wg.Go(func() { res[i] = m.CompareAndSwap("k", "init", v) })
	}
	wg.Wait()
	deleted := m.CompareAndDelete("k", "a")
	v, ok := m.Load("k")
	fmt.Println(res, deleted, v, ok)
}
