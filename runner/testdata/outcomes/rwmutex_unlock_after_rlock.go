// Unlock of an RWMutex held only for reading: "fatal error: sync: Unlock of
// unlocked RWMutex", after the reader's line or before it.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.RWMutex
	mu.RLock()
	go func() {
		fmt.Println("reader holds it")
	}()
	mu.Unlock()
	fmt.Println("not reached")
}
