package main

import (
	"fmt"
	"sync"
)

// outcomes: dfs-bound=3

// The classic misuse: each goroutine calls Add itself, so Wait may return
// before some of them have even started.
func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	n := 0
	for range 2 {
		go func() {
			wg.Add(1)
			defer wg.Done()
			mu.Lock()
			n++
			mu.Unlock()
		}()
	}
	wg.Wait()
	mu.Lock()
	fmt.Println(n)
	mu.Unlock()
}
