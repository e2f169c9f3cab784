// A Cond assigned a new value while an old goroutine waits; a new one
// waits on the new value with the first ticket of the new list, and a
// Signal wakes it, the only waiter in the list: the old one stays parked.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := make(chan bool)
	waiter := func(name string) {
		mu.Lock()
		ready <- true
		c.Wait()
		fmt.Println(name)
		mu.Unlock()
	}
	go waiter("old waiter")
	<-ready
	time.Sleep(10 * time.Millisecond) // it waits
	mu.Lock()
	*c = sync.Cond{L: &mu}
	mu.Unlock()
	go waiter("new waiter")
	<-ready
	time.Sleep(10 * time.Millisecond) // it waits
	mu.Lock()
	c.Signal()
	mu.Unlock()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main done")
}
