// The article's recursive lock: DeadlockExample holds c.mu and calls Set,
// which tries to lock c.mu again. No goroutine can proceed.
package main

import (
	"fmt"
	"sync"
)

type Cache struct {
	mu   sync.Mutex
	data map[string]int
}

func NewCache() *Cache {
	return &Cache{data: make(map[string]int)}
}

func (c *Cache) Set(key string, value int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.data[key] = value
}

func (c *Cache) Get(key string) (int, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	val, ok := c.data[key]
	return val, ok
}

func DeadlockExample(c *Cache) {
	c.mu.Lock()
	c.Set("key", 1) // Set tries to lock again. Deadlock.
	c.mu.Unlock()
}

func main() {
	c := NewCache()
	c.Set("a", 1)
	v, ok := c.Get("a")
	fmt.Println("a =", v, ok)
	fmt.Println("calling DeadlockExample")
	DeadlockExample(c)
	fmt.Println("never printed")
}
