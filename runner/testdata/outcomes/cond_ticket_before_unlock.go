// Cond.Wait takes its place in line before it unlocks: a Signal sent after
// the waiter released the lock but before it parked still wakes it. The
// signaller holds the lock to Signal, so it can only run once the waiter
// is in Wait; the waiter's print and the signaller's race.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	inWait := false
	done := make(chan bool)
	mu.Lock()
	go func() {
		for {
			mu.Lock()
			if inWait {
				c.Signal()
				mu.Unlock()
				fmt.Println("signalled")
				done <- true
				return
			}
			mu.Unlock()
		}
	}()
	inWait = true
	c.Wait()
	mu.Unlock()
	fmt.Println("woken")
	<-done
}
