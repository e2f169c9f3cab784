// sync.Map.Range is no snapshot: a value is read when Range reaches its
// key. The callback's first call stores a new value under the other key,
// and Range then yields that value; a Delete of the other key stops it
// from being visited at all.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	m.Store(1, 0)
	m.Store(2, 0)
	var seen []int
	first := true
	m.Range(func(k, v any) bool {
		if first {
			first = false
			m.Store(3-k.(int), 99)
		}
		seen = append(seen, v.(int))
		return true
	})
	var d sync.Map
	d.Store(1, 0)
	d.Store(2, 0)
	visits := 0
	d.Range(func(k, v any) bool {
		d.Delete(3 - k.(int))
		visits++
		return true
	})
	fmt.Println(seen, visits)
}
