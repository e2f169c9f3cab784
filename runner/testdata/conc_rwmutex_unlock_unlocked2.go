// Unlock of an RWMutex that is only read-locked is a fatal error.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.RWMutex
	mu.RLock()
	fmt.Println("read-locked")
	mu.Unlock()
}
