// A map read under the read lock of an RWMutex, polled until a writer
// goroutine fills in the key under the write lock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.RWMutex
	m := map[string]int{}
	go func() {
		mu.Lock()
		m["answer"] = 42
		mu.Unlock()
	}()
	for {
		mu.RLock()
		v, ok := m["answer"]
		mu.RUnlock()
		if ok {
			fmt.Println(v)
			return
		}
	}
}
