// A cache whose map every goroutine uses under its mutex.
package main

import (
	"fmt"
	"sync"
)

type cache struct {
	mu   sync.Mutex
	data map[string]int
}

func (c *cache) add(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.data[k]++
}

func main() {
	c := &cache{data: map[string]int{}}
	var wg sync.WaitGroup
	for _, k := range []string{"a", "b", "a"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.add(k)
		}()
	}
	wg.Wait()
	c.mu.Lock()
	fmt.Println(c.data["a"], c.data["b"])
	c.mu.Unlock()
}
