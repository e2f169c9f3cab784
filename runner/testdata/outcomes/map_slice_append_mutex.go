// Two goroutines append to the slice stored under one key of a map,
// each under a mutex: both appends survive, in either order.
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[string][]int{"k": nil}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := 1; i <= 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			m["k"] = append(m["k"], i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(m["k"])
}
