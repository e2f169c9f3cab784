//go:build ignore

// deadlock: a goroutine that already holds c.mu calls Set, and Set locks
// c.mu again. A sync.Mutex is not re-entrant, so the goroutine waits for
// itself forever. With no other goroutine left to run, Go reports
//
//	fatal error: all goroutines are asleep - deadlock!
package main

import (
	"fmt"
	"sync"
)

// Cache holds data protected by a mutex.
type Cache struct {
	mu   sync.Mutex
	data map[string]int
}

// Set adds a value to the cache.
func (c *Cache) Set(key string, value int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.data[key] = value
}

// DeadlockExample shows a recursive lock that causes a deadlock.
func DeadlockExample(c *Cache) {
	c.mu.Lock()
	c.Set("key", 1) // Set tries to lock again. Deadlock.
	c.mu.Unlock()
}

func main() {
	c := &Cache{data: make(map[string]int)}
	c.Set("warm-up", 0) // fine: the lock is free
	fmt.Println("calling DeadlockExample")
	DeadlockExample(c)
	fmt.Println("never printed")
}
