// A spin on sync.Map.Range: main ranges over the map until its callback
// sees the key a goroutine stores. Each turn allocates a flag the callback
// captures and writes it (found := false), and Range collects the entries
// into slices of its own: writes no other goroutine can see, so the turn
// is still a poll (vm/private.go); before, only the time slice ended it.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	m.Store("other", 0)
	go func() { m.Store("k", 42) }()
	for {
		var v any
		found := false
		m.Range(func(k, x any) bool {
			if k == "k" {
				v, found = x, true
				return false
			}
			return true
		})
		if found {
			fmt.Println(v)
			break
		}
	}
}
