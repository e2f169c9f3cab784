// Add is called by the child instead of before go: Wait may return before
// the child has added, so the result may be missing.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	result := 0
	go func() {
		wg.Add(1)
		defer wg.Done()
		mu.Lock()
		result = 42
		mu.Unlock()
	}()
	wg.Wait()
	mu.Lock()
	fmt.Println("result", result)
	mu.Unlock()
}
