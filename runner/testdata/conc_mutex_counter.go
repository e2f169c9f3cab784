// Ten goroutines increment shared state under a sync.Mutex.
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu     sync.Mutex
	total  int
	byName map[string]int
}

func (c *Counter) Inc(name string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.total++
	c.byName[name]++
}

func (c *Counter) Snapshot() (int, map[string]int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	cp := make(map[string]int, len(c.byName))
	for k, v := range c.byName {
		cp[k] = v
	}
	return c.total, cp
}

func main() {
	c := &Counter{byName: map[string]int{}}
	var wg sync.WaitGroup
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				c.Inc(fmt.Sprintf("g%d", g%3))
			}
		}()
	}
	wg.Wait()
	total, by := c.Snapshot()
	fmt.Println("total:", total)
	fmt.Println("by name:", by)
	var mu sync.Mutex
	n := 0
	var wg2 sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg2.Add(1)
		go func(k int) {
			defer wg2.Done()
			mu.Lock()
			n += k
			mu.Unlock()
		}(i)
	}
	wg2.Wait()
	fmt.Println("sum 1..10:", n)
	ok := mu.TryLock()
	fmt.Println("TryLock on free mutex:", ok)
	fmt.Println("TryLock while held:", mu.TryLock())
	mu.Unlock()
}
