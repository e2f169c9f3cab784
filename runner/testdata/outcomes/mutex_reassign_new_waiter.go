// After a zero Mutex is assigned over a locked one with a waiter, a new
// goroutine waits in Lock: the state word counts it, so main's Unlock
// wakes one waiter from the semaphore at the mutex's address, which is
// the first in its queue, the old one. The old waiter's Unlock then finds
// nobody counted and wakes nobody: the new waiter stays parked.
// (Each goroutine says it is about to wait before main sleeps: a machine
// 10 ms late running the old goroutine cannot reorder the two waits.)
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	ready := make(chan bool)
	go func() {
		ready <- true
		mu.Lock()
		fmt.Println("old waiter")
		mu.Unlock()
	}()
	<-ready
	time.Sleep(10 * time.Millisecond) // it waits
	mu = sync.Mutex{}
	mu.Lock()
	go func() {
		ready <- true
		mu.Lock()
		fmt.Println("new waiter")
		mu.Unlock()
	}()
	<-ready
	time.Sleep(10 * time.Millisecond) // it waits
	mu.Unlock()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main done")
}
