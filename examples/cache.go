//go:build ignore

// cache: the article's fix. Every access to the map goes through a method
// that holds c.mu, so a reader and a writer can never be inside the map at
// the same moment. Switch the locks off and the crash comes back.
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

// NewCache creates a new Cache instance.
func NewCache() *Cache {
	return &Cache{data: make(map[string]int)}
}

// Set adds a value to the cache.
func (c *Cache) Set(key string, value int) {
	c.mu.Lock()
	defer c.mu.Unlock() // Unlock happens when function returns.
	c.data[key] = value
}

// Get retrieves a value from the cache.
func (c *Cache) Get(key string) (int, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	val, ok := c.data[key]
	return val, ok
}

func main() {
	c := NewCache()
	var wg sync.WaitGroup

	wg.Add(2)
	go func() { // the writer
		defer wg.Done()
		for i := 0; i < 1000; i++ {
			c.Set("key", i)
		}
	}()
	go func() { // the reader
		defer wg.Done()
		for i := 0; i < 1000; i++ {
			c.Get("key")
		}
	}()
	wg.Wait()

	v, ok := c.Get("key")
	fmt.Println("final value:", v, ok) // always 999: the last write wins
}
