// Lock while holding a read lock of the same RWMutex (an "upgrade").
package main

import "sync"

func main() {
	var mu sync.RWMutex
	m := map[string]int{}
	mu.RLock()
	if _, ok := m["a"]; !ok {
		mu.Lock()
		m["a"] = 1
		mu.Unlock()
	}
	mu.RUnlock()
}
