// The Signal comes before the Wait, and a Cond does not remember it.
package main

import "sync"

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	signalled := make(chan bool)
	go func() {
		mu.Lock()
		cond.Signal()
		mu.Unlock()
		signalled <- true
	}()
	<-signalled
	mu.Lock()
	cond.Wait()
	mu.Unlock()
}
