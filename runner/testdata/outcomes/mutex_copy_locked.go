// A method with a value receiver copies the struct, mutex included: a copy
// made while main holds the lock is locked, and its Lock waits forever (a
// deadlock); a copy made after the Unlock sees n = 1.
package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  int
}

func (c counter) get() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

func main() {
	c := &counter{}
	res := make(chan int)
	c.mu.Lock()
	go func() { res <- c.get() }()
	c.n = 1
	c.mu.Unlock()
	fmt.Println(<-res)
}
