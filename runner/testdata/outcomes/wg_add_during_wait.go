// A goroutine calls Add while main waits, in every round: the Add can land
// in the instant after the last Done took the counter to zero but before
// it released the waiter, which Go reports as misuse (in whichever of the
// two gets there first); or after the release, before main's Wait has
// returned (reuse).
// outcomes: real-runs=3000 dfs-bound=1 dfs-runs=100 random=60 pct=60
package main

import (
	"fmt"
	"sync"
)

func main() {
	for range 100 {
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			wg.Add(1)
			wg.Done()
		}()
		go wg.Done()
		wg.Wait()
	}
	fmt.Println("ok")
}
