//go:build ignore

// owner: one goroutine owns the map and nobody else touches it. Others ask
// for changes by sending messages on a channel, so no lock is needed:
// share memory by communicating.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type request struct {
	key   string
	delta int
}

func main() {
	requests := make(chan request)
	done := make(chan map[string]int)

	// The owner: the only goroutine that reads or writes counts.
	go func() {
		counts := make(map[string]int)
		for req := range requests {
			counts[req.key] += req.delta
		}
		done <- counts // hand the finished map over
	}()

	var wg sync.WaitGroup
	for _, key := range []string{"apples", "pears", "apples", "plums"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				requests <- request{key, 1}
			}
		}()
	}
	wg.Wait()
	close(requests) // no more requests: the owner finishes
	counts := <-done

	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, counts[k])
	}
}
