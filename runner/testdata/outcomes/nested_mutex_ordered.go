// Two goroutines take an outer and an inner mutex in the same order and
// append to a shared log under both: no deadlock, and the log's order is
// the order in which they got the outer lock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var outer, inner sync.Mutex
	var log []string
	var wg sync.WaitGroup
	for _, name := range []string{"x", "y"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			outer.Lock()
			defer outer.Unlock()
			inner.Lock()
			log = append(log, name+"1")
			inner.Unlock()
			inner.Lock()
			log = append(log, name+"2")
			inner.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(log)
}
