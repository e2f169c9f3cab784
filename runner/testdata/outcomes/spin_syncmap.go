// A spin on sync.Map.Load: main polls for a key that a goroutine stores.
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
		if v, ok := m.Load("k"); ok {
			fmt.Println(v)
			break
		}
	}
}
