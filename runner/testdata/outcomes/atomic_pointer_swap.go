// Two goroutines Swap their config into an atomic.Pointer; each sees the
// previous one, and the final value is the last swap's.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct{ name string }

func main() {
	var p atomic.Pointer[config]
	p.Store(&config{"init"})
	var wg sync.WaitGroup
	prev := make([]string, 2)
	for i, n := range []string{"a", "b"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			prev[i] = p.Swap(&config{n}).name
		}()
	}
	wg.Wait()
	fmt.Println(prev, p.Load().name)
}
