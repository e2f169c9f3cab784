// Two goroutines wait for a locked Mutex, the second started only after
// the first has surely parked (main sleeps with every goroutine blocked).
// Go's Unlock wakes the head of the mutex's queue, and the later waiter is
// asleep in the queue behind it: "AB" only. Interleave once woke every
// waiter of a mutex and let the scheduler pick, which reported "BA" too.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
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
