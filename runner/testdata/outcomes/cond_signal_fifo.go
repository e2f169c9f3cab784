// Two goroutines wait on a Cond, the second started only after the first
// has surely called Wait (main sleeps with every goroutine blocked).
// Signal wakes the waiter with the oldest ticket: "A B" only.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	woke := make(chan string)
	wait := func(name string) {
		mu.Lock()
		c.Wait()
		mu.Unlock()
		woke <- name
	}
	go wait("A")
	time.Sleep(10 * time.Millisecond)
	go wait("B")
	time.Sleep(10 * time.Millisecond)
	mu.Lock()
	c.Signal()
	mu.Unlock()
	first := <-woke
	mu.Lock()
	c.Signal()
	mu.Unlock()
	fmt.Println(first, <-woke)
}
