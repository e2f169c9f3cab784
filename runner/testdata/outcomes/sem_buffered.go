package main

import (
	"fmt"
	"sync"
)

// A buffered channel as a semaphore of 2; report the largest number of
// holders seen (racy read of the counter under a mutex).
func main() {
	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	cur, peak := 0, 0
	var order []int
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			mu.Lock()
			cur++
			if cur > peak {
				peak = cur
			}
			order = append(order, i)
			mu.Unlock()
			mu.Lock()
			cur--
			mu.Unlock()
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println(peak, order)
}
