// RUnlock of an RWMutex nobody read-locked is a fatal error.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.RWMutex
	mu.Lock()
	mu.Unlock()
	mu.RLock()
	mu.RUnlock()
	fmt.Println("balanced")
	mu.RUnlock()
}
