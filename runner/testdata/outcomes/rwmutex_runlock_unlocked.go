// A goroutine RUnlocks an RWMutex nobody holds: "fatal error: sync:
// RUnlock of unlocked RWMutex" (not recoverable), with or without main's
// line printed first.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.RWMutex
	done := make(chan bool)
	go func() {
		defer func() { recover(); done <- true }()
		mu.RUnlock()
	}()
	fmt.Println("main")
	<-done
	fmt.Println("not reached")
}
