// Every compound assignment operator on a map element, applied by
// goroutines taking turns under a mutex in an order the schedule picks;
// the result of each pair depends on which ran first.
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[string]int{"add": 6, "shl": 3, "and": 12, "div": 12}
	s := map[int]string{1: "a"}
	var mu sync.Mutex
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		mu.Lock()
		m["add"] += 2
		m["shl"] <<= 2
		m["and"] &= 10
		m["div"] /= 4
		s[1] += "b"
		mu.Unlock()
	}()
	go func() {
		defer wg.Done()
		mu.Lock()
		m["add"] *= 3
		m["shl"] ^= 1
		m["and"] |= 1
		m["div"] %= 5
		s[1] += "c"
		mu.Unlock()
	}()
	wg.Wait()
	fmt.Println(m["add"], m["shl"], m["and"], m["div"], s[1])
}
