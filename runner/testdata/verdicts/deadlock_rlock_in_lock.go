// RLock while holding the write lock of the same RWMutex.
package main

import "sync"

var (
	mu    sync.RWMutex
	table = map[string]int{}
)

func get(k string) int {
	mu.RLock()
	defer mu.RUnlock()
	return table[k]
}

func main() {
	mu.Lock()
	table["a"] = get("a") + 1
	mu.Unlock()
}
