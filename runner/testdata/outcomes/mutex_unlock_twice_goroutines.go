// Two goroutines each Unlock a mutex main locked once: one Unlock succeeds,
// the other is "fatal error: sync: unlock of unlocked mutex"; which line
// printed before depends on the schedule.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	done := make(chan bool)
	for _, name := range []string{"a", "b"} {
		go func() {
			mu.Unlock()
			fmt.Println(name, "unlocked")
			done <- true
		}()
	}
	<-done
	<-done
	fmt.Println("not reached")
}
