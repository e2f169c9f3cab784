// Two goroutines wait on a Cond in the usual loop; an AfterFunc callback
// sets the condition under the lock and broadcasts. Both wake, in either
// order, and main returns after both.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	var wg sync.WaitGroup
	for i := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			for !ready {
				cond.Wait()
			}
			mu.Unlock()
			fmt.Println("waiter", i)
		}()
	}
	time.AfterFunc(time.Millisecond, func() {
		mu.Lock()
		ready = true
		mu.Unlock()
		cond.Broadcast()
	})
	wg.Wait()
	fmt.Println("all woke")
}
