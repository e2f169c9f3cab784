// Three receivers block on a channel that main closes: all wake with the
// zero value and ok=false, in an order the scheduler picks.
package main

// outcomes: dfs-runs=500

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	order := ""
	for _, name := range []string{"a", "b", "c"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, ok := <-ch
			mu.Lock()
			order += fmt.Sprint(name, v, ok, " ")
			mu.Unlock()
		}()
	}
	close(ch)
	wg.Wait()
	fmt.Println(order)
}
