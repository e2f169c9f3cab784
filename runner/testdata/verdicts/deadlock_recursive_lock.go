// A goroutine locks a mutex it already holds.
package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) inc() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}

func (c *counter) incTwice() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.inc()
	c.inc()
}

func main() {
	c := &counter{}
	c.inc()
	fmt.Println(c.n)
	c.incTwice()
}
