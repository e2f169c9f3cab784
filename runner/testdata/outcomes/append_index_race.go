// Unprotected appends from two goroutines and an index by the length one
// of them saw: lost updates shorten the slice, so s[n-1] with a stale n can
// be out of range.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var s []int
	var wg sync.WaitGroup
	var seen [2]int
	for i := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range 2 {
				s = append(s, j)
			}
			seen[i] = len(s)
		}()
	}
	wg.Wait()
	n := max(seen[0], seen[1])
	fmt.Println(len(s), s[n-1])
}
