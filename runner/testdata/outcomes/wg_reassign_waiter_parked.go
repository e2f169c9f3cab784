// A zero WaitGroup assigned over one a goroutine waits on: the waiter stays
// parked on the semaphore at the group's address, and the zeroed state no
// longer counts it, so a later Add and Done release nobody (and the Add is
// no misuse: no waiter is counted).
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	done := make(chan bool)
	go func() {
		wg.Wait()
		done <- true
	}()
	time.Sleep(10 * time.Millisecond) // the goroutine waits
	wg = sync.WaitGroup{}
	wg.Add(1)
	wg.Done()
	select {
	case <-done:
		fmt.Println("waiter woke")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("waiter still parked")
	}
}
