// Two goroutines each add their id to a shared log three times under a
// mutex; the interleaving of their entries is the scheduler's, but each
// keeps its own count.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	log := ""
	var wg sync.WaitGroup
	for _, id := range []string{"a", "b"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 2 {
				mu.Lock()
				log += id
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(log)
}
