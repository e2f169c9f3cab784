// A deadlock dump names each RWMutex wait as Go does: a reader behind an
// announced writer [sync.RWMutex.RLock], the writer waiting for readers
// [sync.RWMutex.Lock], a second writer waiting for the first [sync.Mutex.Lock].
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.RWMutex
	mu.RLock()
	go func() {
		mu.Lock()
		fmt.Println("first writer")
	}()
	time.Sleep(300 * time.Millisecond) // wide: real Go on a loaded machine must have the writer waiting
	go func() {
		mu.Lock()
		fmt.Println("second writer")
	}()
	time.Sleep(300 * time.Millisecond)
	mu.RLock() // recursive read lock behind a waiting writer: deadlock
	fmt.Println("unreachable")
}
