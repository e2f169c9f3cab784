// `go mu.Unlock()` and `go wg.Done()`: sync methods as goroutine bodies.
// main holds the lock; the go'd Unlock releases it for main's second Lock
// or for the worker's Lock first.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	var log []string
	mu.Lock()
	wg.Add(2)
	go mu.Unlock()
	go func() {
		defer wg.Done()
		mu.Lock()
		log = append(log, "worker")
		mu.Unlock()
	}()
	mu.Lock()
	log = append(log, "main")
	mu.Unlock()
	go wg.Done()
	wg.Wait()
	fmt.Println(log)
}
