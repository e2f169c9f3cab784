// golang.org/x/time/rate: a limiter with a burst of 2 and a slow refill;
// three goroutines call Allow at once: exactly two are allowed, and which
// one is refused is the scheduler's.
package main

import (
	"fmt"
	"sync"

	"golang.org/x/time/rate"
)

func main() {
	lim := rate.NewLimiter(rate.Limit(1), 2)
	var mu sync.Mutex
	var refused []string
	var wg sync.WaitGroup
	for _, name := range []string{"a", "b", "c"} {
		wg.Go(func() {
			if !lim.Allow() {
				mu.Lock()
				refused = append(refused, name)
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	fmt.Println("refused", refused)
}
