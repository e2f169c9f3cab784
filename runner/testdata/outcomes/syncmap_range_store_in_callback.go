// A key stored during sync.Map.Range may be visited or not ("Range does
// not necessarily correspond to any consistent snapshot"): each visit
// stores the next key, so Range makes 1 to 4 calls.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	m.Store(1, true)
	n := 0
	m.Range(func(k, v any) bool {
		n++
		if k.(int) < 4 {
			m.Store(k.(int)+1, true)
		}
		return true
	})
	fmt.Println(n)
}
