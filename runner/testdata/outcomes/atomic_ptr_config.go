package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct {
	version int
	name    string
}

// Readers load the current config while a writer swaps in new versions
// with a CompareAndSwap loop.
func main() {
	var cur atomic.Pointer[config]
	cur.Store(&config{1, "a"})
	var wg sync.WaitGroup
	seen := make([]string, 2)
	for r := range 2 {
		wg.Go(func() {
			c := cur.Load()
			seen[r] = fmt.Sprint(c.version, c.name)
		})
	}
	wg.Go(func() {
		for {
			old := cur.Load()
			if cur.CompareAndSwap(old, &config{old.version + 1, old.name + "b"}) {
				return
			}
		}
	})
	wg.Wait()
	fmt.Println(seen, cur.Load().version)
}
