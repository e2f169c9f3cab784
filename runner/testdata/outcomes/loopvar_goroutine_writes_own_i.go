// Go 1.22 per-iteration loop variables: a goroutine started in a
// three-clause loop writes the i it captured, racing with the loop's copy
// of that i into the next iteration's. A write that lands first skips or
// ends iterations: main counts how many goroutines the loop started.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	started := 0
	for i := 0; i < 3; i++ {
		mu.Lock()
		started++
		mu.Unlock()
		wg.Go(func() { i += 10 })
	}
	wg.Wait()
	fmt.Println(started)
}
