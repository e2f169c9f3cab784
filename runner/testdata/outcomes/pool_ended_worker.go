// A worker puts an item and ends; main, after Wait, gets from the pool:
// the item sits on the P the worker ran on, so a Get on main's P finds it
// only when the worker ran there (or main steals it from the other P's
// shared chain; a private slot cannot be stolen).
// outcomes: real-runs=1500
package main

import (
	"fmt"
	"sync"
)

func main() {
	p := sync.Pool{New: func() any { return "new" }}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		p.Put("from worker")
	}()
	wg.Wait()
	fmt.Println(p.Get())
}
