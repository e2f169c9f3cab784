// Two goroutines LoadAndDelete one key while a third Swaps it: each
// LoadAndDelete gets the value if the key is present when it runs.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	m.Store("k", 1)
	var wg sync.WaitGroup
	res := make([]string, 3)
	for i := range 2 {
		wg.Go(func() {
			v, ok := m.LoadAndDelete("k")
			res[i] = fmt.Sprint(v, ok)
		})
	}
	wg.Go(func() {
		prev, loaded := m.Swap("k", 2)
		res[2] = fmt.Sprint(prev, loaded)
	})
	wg.Wait()
	fmt.Println(res)
}
