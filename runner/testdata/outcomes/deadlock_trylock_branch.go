// A goroutine takes the mutex and then waits to send; main TryLocks it. If
// main wins, the goroutine blocks in Lock and main in the receive: every
// goroutine is asleep, a deadlock. If the goroutine wins, main receives.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	ch := make(chan bool)
	go func() {
		mu.Lock()
		ch <- true
	}()
	if mu.TryLock() {
		fmt.Println("main got the lock")
	} else {
		fmt.Println("goroutine got the lock")
	}
	<-ch
	fmt.Println("received")
}
