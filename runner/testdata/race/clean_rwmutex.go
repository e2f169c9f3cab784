// Readers read under RLock, the writer writes under Lock: no race.
package main

import "sync"

type cache struct {
	mu sync.RWMutex
	m  map[string]int
}

func (c *cache) get(k string) int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.m[k]
}

func (c *cache) set(k string, v int) {
	c.mu.Lock()
	c.m[k] = v
	c.mu.Unlock()
}

func main() {
	c := &cache{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			c.set("k", i)
		}()
		go func() {
			defer wg.Done()
			_ = c.get("k")
		}()
	}
	wg.Wait()
	println("set:", c.get("k") >= 0)
}
