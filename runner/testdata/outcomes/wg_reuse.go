// Reusing a WaitGroup before a released Wait has returned panics in that
// Wait, if the waiter runs only after the new Add.
// outcomes: dfs-runs=500
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		wg.Wait()
		fmt.Println("waited")
	}()
	time.Sleep(10 * time.Millisecond) // the waiter is blocked in Wait
	wg.Done()                         // releases it
	wg.Add(1)                         // reused before that Wait returned?
	time.Sleep(10 * time.Millisecond)
	wg.Done()
	fmt.Println("main done")
}
