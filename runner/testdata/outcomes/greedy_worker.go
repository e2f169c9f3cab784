// The "greedy worker": two workers share a lock for the same time; one holds
// it for one long sleep per loop, the other for three short ones. Time
// passes with work and sleeps, so the loops end; the greedy one usually
// gets more loops done.
// outcomes: dfs-runs=20 random=20 pct=20 real-runs=100 max-steps=50000000
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	const runtime = 2 * time.Millisecond
	var greedy, polite int
	wg.Add(2)
	go func() {
		defer wg.Done()
		for begin := time.Now(); time.Since(begin) <= runtime; {
			mu.Lock()
			time.Sleep(3 * time.Nanosecond)
			mu.Unlock()
			greedy++
		}
	}()
	go func() {
		defer wg.Done()
		for begin := time.Now(); time.Since(begin) <= runtime; {
			for range 3 {
				mu.Lock()
				time.Sleep(time.Nanosecond)
				mu.Unlock()
			}
			polite++
		}
	}()
	wg.Wait()
	fmt.Println("greedy did more:", greedy > polite)
}
