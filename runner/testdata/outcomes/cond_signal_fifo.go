// Two goroutines wait on a Cond (main waits until both are waiting);
// main then signals twice. Each Signal wakes one waiter; which reports
// first is the scheduler's.
package main

// outcomes: dfs-runs=500

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	waiting := 0
	tokens := 0
	var wg sync.WaitGroup
	for _, name := range []string{"p", "q"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			waiting++
			for tokens == 0 {
				c.Wait()
			}
			tokens--
			mu.Unlock()
			fmt.Print(name)
		}()
	}
	for {
		mu.Lock()
		if waiting == 2 {
			break
		}
		mu.Unlock()
	}
	tokens = 2
	c.Signal()
	c.Signal()
	mu.Unlock()
	wg.Wait()
	fmt.Println()
}
