// A Broadcast before anyone waits wakes nobody; the waiters come later.
package main

import "sync"

func main() {
	var mu sync.Mutex
	ready := sync.NewCond(&mu)
	done := make(chan bool)
	go func() {
		ready.L.Lock()
		ready.Broadcast()
		ready.L.Unlock()
		close(done)
	}()
	<-done
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		mu.Lock()
		ready.Wait()
		mu.Unlock()
	}()
	wg.Wait()
}
