// After a zero WaitGroup is assigned over one with a waiter, a new
// goroutine waits on it: the Done that brings the counter to zero
// releases the one waiter the state counts, from the semaphore at the
// group's address, whose queue has the old waiter first.
// (Each goroutine says it is about to wait before main sleeps: a machine
// 10 ms late running the old goroutine cannot reorder the two waits.)
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	ready := make(chan bool)
	go func() {
		ready <- true
		wg.Wait()
		fmt.Println("old waiter")
	}()
	<-ready
	time.Sleep(10 * time.Millisecond) // it waits
	wg = sync.WaitGroup{}
	wg.Add(1)
	go func() {
		ready <- true
		wg.Wait()
		fmt.Println("new waiter")
	}()
	<-ready
	time.Sleep(10 * time.Millisecond) // it waits
	wg.Done()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main done")
}
