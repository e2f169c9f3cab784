// Two goroutines take two mutexes in opposite orders (a lock-order
// inversion). Usually one finishes before the other starts; when each holds
// its first lock, both block and the program deadlocks.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var a, b sync.Mutex
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		a.Lock()
		b.Lock()
		fmt.Println("ab")
		b.Unlock()
		a.Unlock()
	}()
	go func() {
		defer wg.Done()
		b.Lock()
		a.Lock()
		fmt.Println("ba")
		a.Unlock()
		b.Unlock()
	}()
	wg.Wait()
}
