//go:build ignore

// sequential: the same word count with no goroutines at all. When the work
// is small, plain sequential code is the simplest correct answer: one
// goroutine, one map, nothing to synchronise.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	lines := []string{
		"the cat sat",
		"the dog sat down",
		"a cat and a dog",
	}

	counts := make(map[string]int)
	for _, line := range lines {
		for _, w := range strings.Fields(line) {
			counts[w]++
		}
	}

	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Strings(words)
	for _, w := range words {
		fmt.Println(w, counts[w])
	}
}
