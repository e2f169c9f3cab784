// Fairness: spin-waits on RWMutex.TryLock and TryRLock while another
// goroutine holds the lock for a while.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.RWMutex
	held := make(chan bool)
	release := make(chan bool)
	go func() {
		mu.Lock()
		held <- true
		<-release
		mu.Unlock()
	}()
	<-held
	done := make(chan string)
	go func() {
		for !mu.TryRLock() {
		}
		mu.RUnlock()
		done <- "reader"
	}()
	go func() {
		release <- true
	}()
	fmt.Println(<-done)
	for !mu.TryLock() {
	}
	fmt.Println("writer")
}
