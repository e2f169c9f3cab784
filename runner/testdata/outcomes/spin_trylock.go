// Fairness: two goroutines spin on TryLock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !mu.TryLock() {
			}
			total++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(total)
}
