// Assigning a zero Mutex over a locked one unlocks it: Go zeroes the state
// word. A goroutine can then lock it; main's TryLock after that succeeds.
package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  int
}

func main() {
	var c counter
	c.mu.Lock()
	c.mu = sync.Mutex{}
	done := make(chan bool)
	go func() {
		c.mu.Lock()
		c.n++
		c.mu.Unlock()
		done <- true
	}()
	<-done
	fmt.Println(c.n, c.mu.TryLock())
	c = counter{n: 5} // the whole struct, lock included
	c.mu.Lock()
	fmt.Println(c.n)
	c.mu.Unlock()
}
