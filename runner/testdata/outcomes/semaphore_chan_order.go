// A channel of capacity 1 is a semaphore: three goroutines enter the
// critical section one at a time, in an order the scheduler picks.
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	sem := make(chan struct{}, 1)
	var mu sync.Mutex
	var b strings.Builder
	var wg sync.WaitGroup
	for _, name := range []string{"a", "b", "c"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			mu.Lock()
			b.WriteString(name)
			mu.Unlock()
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println(b.String())
}
