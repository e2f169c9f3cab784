// A goroutine takes a mutex and never releases it: if it gets the lock
// before main, main blocks forever (deadlock); if main gets it first, main
// prints and exits.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	started := make(chan bool)
	go func() {
		started <- true
		mu.Lock()
		fmt.Println("goroutine holds it")
	}()
	<-started
	mu.Lock()
	fmt.Println("main")
	mu.Unlock()
}
