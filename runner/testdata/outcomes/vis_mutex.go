// Visibility row "sync operations": two goroutines take a mutex in either
// order.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var order []int
	var wg sync.WaitGroup
	for id := 1; id <= 2; id++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			order = append(order, id)
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(order)
}
