// TryLock succeeds or fails depending on whether the other goroutine holds
// the lock at that moment.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	held := make(chan bool)
	release := make(chan bool)
	go func() {
		mu.Lock()
		held <- true
		<-release
		mu.Unlock()
		held <- true
	}()
	<-held
	fmt.Println("while held:", mu.TryLock())
	release <- true
	<-held
	ok := mu.TryLock()
	fmt.Println("after release:", ok)
	go func() {
		mu.Lock()
		mu.Unlock()
	}()
	if ok {
		mu.Unlock()
	}
}
