// A waits for a locked Mutex long before B arrives at it, but B arrives
// just before main's Unlock: at GOMAXPROCS > 1, B may still be spinning in
// Lock (not yet queued) and take the lock ahead of A, whom the Unlock does
// not even wake. Interleave lets a waiter that arrived since every
// goroutine was last blocked take the lock ahead of an older head.
package main

import (
	"fmt"
	"sync"
	"time"
)

var sink int

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	mu.Lock()
	wg.Add(2)
	go func() { defer wg.Done(); mu.Lock(); fmt.Print("A"); mu.Unlock() }()
	time.Sleep(10 * time.Millisecond)
	go func() { defer wg.Done(); mu.Lock(); fmt.Print("B"); mu.Unlock() }()
	n := 0
	for i := range 20_000 {
		n += i & 3
	}
	sink = n
	mu.Unlock()
	wg.Wait()
	fmt.Println()
}
