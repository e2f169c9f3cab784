// Unlock of a locked Mutex that was assigned a zero value over: the word
// says unlocked, so Go throws "sync: unlock of unlocked mutex".
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	mu = sync.Mutex{}
	fmt.Println("reset")
	mu.Unlock()
	fmt.Println("unreachable")
}
