// A condition variable: the waiter re-locks the mutex, which orders it after
// the signaller's write.
package main

import "sync"

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	value := 0
	go func() {
		mu.Lock()
		value = 10
		ready = true
		cond.Signal()
		mu.Unlock()
	}()
	mu.Lock()
	for !ready {
		cond.Wait()
	}
	println("value:", value)
	mu.Unlock()
}
