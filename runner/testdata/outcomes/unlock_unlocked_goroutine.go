// A goroutine unlocks a mutex that is not locked: "fatal error: sync:
// unlock of unlocked mutex", which no recover stops. main may print its
// line first.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	go func() {
		defer func() { recover() }()
		mu.Unlock()
	}()
	fmt.Println("main running")
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main survived")
}
