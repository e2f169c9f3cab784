// Deterministic map iteration by sorting keys, plus delete and insert during range.
package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

func main() {
	text := "the quick brown fox jumps over the lazy dog the fox"
	freq := map[string]int{}
	for _, w := range strings.Fields(text) {
		freq[w]++
	}
	keys := make([]string, 0, len(freq))
	for k := range freq {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-6s %d\n", k, freq[k])
	}
	sort.Slice(keys, func(i, j int) bool {
		if freq[keys[i]] != freq[keys[j]] {
			return freq[keys[i]] > freq[keys[j]]
		}
		return keys[i] < keys[j]
	})
	fmt.Println("by frequency:", keys)
	// deleting every entry while ranging is allowed
	for k := range freq {
		delete(freq, k)
	}
	fmt.Println("after deleting all:", freq, len(freq))
	m := map[int]int{}
	for i := 0; i < 10; i++ {
		m[i] = i * 10
	}
	sum, n := 0, 0
	for k, v := range m {
		sum += k + v
		n++
	}
	fmt.Println("sum over all entries:", sum, n)
	for k := range m {
		if k%2 == 1 {
			delete(m, k)
		}
	}
	fmt.Println(m)
	ks := slices.Collect(func(yield func(int) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	})
	slices.Sort(ks)
	fmt.Println(ks)
	byLen := map[int][]string{}
	for _, w := range strings.Fields(text) {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	lens := []int{}
	for l := range byLen {
		lens = append(lens, l)
	}
	sort.Ints(lens)
	for _, l := range lens {
		fmt.Println(l, byLen[l])
	}
}
