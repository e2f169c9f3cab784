// A goroutine locks, defers the Unlock, and panics; an outer deferred
// recover keeps it alive. The deferred Unlock releases main, whose print
// may come before or after the goroutine's report.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	locked := make(chan bool)
	done := make(chan bool)
	go func() {
		defer func() {
			fmt.Println("recovered:", recover())
			done <- true
		}()
		mu.Lock()
		defer mu.Unlock()
		locked <- true
		panic("inside")
	}()
	<-locked
	mu.Lock()
	fmt.Println("main has the lock")
	mu.Unlock()
	<-done
}
