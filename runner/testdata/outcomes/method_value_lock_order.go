// Mutex methods used as method values (lock := mu.Lock): two goroutines
// append their name under the lock; the order they got it shows.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	lock, unlock := mu.Lock, mu.Unlock
	var names []string
	var wg sync.WaitGroup
	for _, n := range []string{"a", "b"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lock()
			names = append(names, n)
			unlock()
		}()
	}
	wg.Wait()
	fmt.Println(names)
}
