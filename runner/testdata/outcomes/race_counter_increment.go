// The classic: two goroutines do counter++ on a global and on a struct
// field, with a WaitGroup. counter++ is a load, an add and a store; real
// Go loses an update when the two run in parallel between them, which
// takes luck to see in real runs.
// outcomes: random=300 pct=300
package main

import (
	"fmt"
	"sync"
)

var counter int

var stats struct{ hits int }

func main() {
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			counter++
			stats.hits++
		}()
	}
	wg.Wait()
	fmt.Println(counter, stats.hits)
}
