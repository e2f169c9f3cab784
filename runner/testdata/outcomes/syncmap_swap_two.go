// sync.Map.Swap on one key from two goroutines: each gets the value the
// other stored or the initial one, never both the initial one; the final
// value is the later swapper's.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	m.Store("k", 0)
	var wg sync.WaitGroup
	prev := make([]any, 3)
	for i := 1; i <= 2; i++ {
		wg.Go(func() {
			p, loaded := m.Swap("k", i)
			prev[i] = fmt.Sprint(p, loaded)
		})
	}
	wg.Wait()
	v, _ := m.Load("k")
	fmt.Println(prev[1], prev[2], v)
}
