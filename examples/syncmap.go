//go:build ignore

// syncmap: sync.Map is safe for concurrent use without a separate lock.
// It fits best when each goroutine works on its own keys, as here: every
// worker counts into the key it owns.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var hits sync.Map // key: worker name, value: int
	var wg sync.WaitGroup

	for _, name := range []string{"alpha", "beta", "gamma"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 1; i <= 10; i++ {
				hits.Store(name, i) // only this goroutine touches this key
			}
		}()
	}
	wg.Wait()

	// Range visits keys in no particular order, so sort before printing.
	var keys []string
	hits.Range(func(k, v any) bool {
		keys = append(keys, k.(string))
		return true
	})
	sort.Strings(keys)
	for _, k := range keys {
		v, _ := hits.Load(k)
		fmt.Println(k, v)
	}

	v, loaded := hits.LoadOrStore("delta", 0)
	fmt.Println("delta:", v, "already there:", loaded)
}
