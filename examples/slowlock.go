//go:build ignore

// slowlock: each worker holds the lock while it does 100ms of "slow work",
// so the workers take turns and four of them need 400ms in total. Only the
// map update needs the lock: move the sleep above Lock and they overlap.
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type Results struct {
	mu   sync.Mutex
	data map[string]int
}

// Record does slow work and stores the answer, holding the lock throughout.
func (r *Results) Record(name string, n int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	time.Sleep(100 * time.Millisecond) // slow work inside the critical section!
	r.data[name] = n * n
}

func main() {
	r := &Results{data: make(map[string]int)}
	start := time.Now()

	var wg sync.WaitGroup
	for i, name := range []string{"a", "b", "c", "d"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r.Record(name, i+1)
		}()
	}
	wg.Wait()

	// Round so that real time and Interleave's virtual time print the same.
	fmt.Println("elapsed:", time.Since(start).Round(100*time.Millisecond))

	names := make([]string, 0, len(r.data))
	for k := range r.data {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Println(k, r.data[k])
	}
}
