package main

import (
	"fmt"
	"sync"
)

// Get-or-compute with an RWMutex: a read-locked lookup, then a write-locked
// second check. Counts how often the value was computed.
type cache struct {
	mu       sync.RWMutex
	m        map[string]int
	computed int
}

func (c *cache) get(k string) int {
	c.mu.RLock()
	v, ok := c.m[k]
	c.mu.RUnlock()
	if ok {
		return v
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.m[k]; ok {
		return v
	}
	c.computed++
	c.m[k] = len(k) * c.computed
	return c.m[k]
}

func main() {
	c := &cache{m: map[string]int{}}
	var wg sync.WaitGroup
	res := make([]int, 3)
	for i := range 3 {
		wg.Go(func() { res[i] = c.get("key") })
	}
	wg.Wait()
	fmt.Println(res, c.computed)
}
