// An RWMutex assigned a zero value while write-locked is free: a
// goroutine's RLock succeeds; the writer's Unlock then finds no writer and
// Go throws "sync: Unlock of unlocked RWMutex".
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.Lock()
	rw = sync.RWMutex{}
	done := make(chan bool)
	go func() {
		rw.RLock()
		fmt.Println("reader in")
		done <- true
	}()
	<-done
	fmt.Println(rw.TryLock(), rw.TryRLock())
	rw.Unlock()
}
