// Two writers wait for an RWMutex held for writing, the second started
// only after the first has surely parked: they queue on the writer mutex
// w, whose Unlock wakes the head. "AB" only; Interleave once woke every
// writer waiting for w and let the scheduler pick.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.RWMutex
	var wg sync.WaitGroup
	mu.Lock()
	wg.Add(2)
	go func() { defer wg.Done(); mu.Lock(); fmt.Print("A"); mu.Unlock() }()
	time.Sleep(10 * time.Millisecond)
	go func() { defer wg.Done(); mu.Lock(); fmt.Print("B"); mu.Unlock() }()
	time.Sleep(10 * time.Millisecond)
	mu.Unlock()
	wg.Wait()
	fmt.Println()
}
