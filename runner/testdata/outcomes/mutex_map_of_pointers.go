// Per-key locks in a map of *sync.Mutex: two goroutines take the same key's
// lock (a visible map read, then Lock); their appends show the order.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"sync"
)

func main() {
	locks := map[string]*sync.Mutex{"k": {}}
	var log []string
	var wg sync.WaitGroup
	for _, n := range []string{"a", "b"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l := locks["k"]
			l.Lock()
			log = append(log, n)
			l.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(log)
}
