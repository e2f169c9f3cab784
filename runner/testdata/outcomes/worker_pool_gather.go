// Three workers square three jobs and send the results back in the order
// they finish; main gathers them in arrival order and also sums them. The
// order varies, the sum does not.
package main

// outcomes: dfs-runs=500

import (
	"fmt"
	"sync"
)

func main() {
	jobs := make(chan int, 3)
	results := make(chan int, 3)
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- j * j
			}
		}()
	}
	for j := 1; j <= 3; j++ {
		jobs <- j
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	var order []int
	sum := 0
	for r := range results {
		order = append(order, r)
		sum += r
	}
	fmt.Println(order, sum)
}
