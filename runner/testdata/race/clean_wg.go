// Each goroutine writes its own slot; Wait orders every write before the reads.
package main

import "sync"

func main() {
	results := make([]int, 5)
	var wg sync.WaitGroup
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * i
		}()
	}
	wg.Wait()
	sum := 0
	for _, r := range results {
		sum += r
	}
	println("sum:", sum)

	var wg2 sync.WaitGroup
	total := 0
	wg2.Go(func() { total = 7 })
	wg2.Wait()
	println("total:", total)
}
