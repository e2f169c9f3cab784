//go:build ignore

// localmap: every goroutine fills a map of its own, so there is nothing to
// share and nothing to lock. Main merges the small maps after Wait, when
// the workers are finished with them.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func main() {
	lines := []string{
		"the cat sat",
		"the dog sat down",
		"a cat and a dog",
	}
	partial := make([]map[string]int, len(lines)) // one slot per worker

	var wg sync.WaitGroup
	for i, line := range lines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			local := make(map[string]int) // private to this goroutine
			for _, w := range strings.Fields(line) {
				local[w]++
			}
			partial[i] = local
		}()
	}
	wg.Wait() // after this, main is the only one left using the maps

	total := make(map[string]int)
	for _, m := range partial {
		for w, n := range m {
			total[w] += n
		}
	}
	words := make([]string, 0, len(total))
	for w := range total {
		words = append(words, w)
	}
	sort.Strings(words)
	for _, w := range words {
		fmt.Println(w, total[w])
	}
}
