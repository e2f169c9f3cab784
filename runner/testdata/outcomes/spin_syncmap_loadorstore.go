// A spin on sync.Map.LoadOrStore: main keeps loading a key it stored
// first (0) until a goroutine replaces the value; one goroutine's Store may
// come before main's first LoadOrStore.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	go func() {
		m.Store("k", 42)
	}()
	for {
		v, loaded := m.LoadOrStore("k", 0)
		if v.(int) != 0 {
			fmt.Println(v, loaded)
			break
		}
	}
}
