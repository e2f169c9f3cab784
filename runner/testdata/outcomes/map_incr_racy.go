// Two goroutines increment the same map entry at once, unsynchronised.
// outcomes: random=500 pct=500
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[string]int{"k": 0}
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m["k"]++
		}()
	}
	wg.Wait()
	fmt.Println(m["k"])
}
