// Once the last reader leaves, the writer waiting in Lock holds the lock: a
// reader arriving afterwards cannot overtake it, whoever runs first.
// outcomes: dfs-runs=2000 random=200 pct=200
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.RWMutex
	var wg sync.WaitGroup
	order := make(chan string, 2)
	mu.RLock()
	locked := make(chan bool)
	wg.Add(1)
	go func() {
		defer wg.Done()
		close(locked) // about to call Lock
		mu.Lock()
		order <- "writer"
		mu.Unlock()
	}()
	<-locked
	for i := 0; i < 100000; i++ { // let the writer reach Lock
	}
	mu.RUnlock()
	wg.Add(1)
	go func() {
		defer wg.Done()
		mu.RLock()
		order <- "reader"
		mu.RUnlock()
	}()
	wg.Wait()
	fmt.Println(<-order, <-order)
}
