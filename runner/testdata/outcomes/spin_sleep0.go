// A spin on an atomic flag with time.Sleep(0) between polls (Sleep(0)
// returns at once in Go: it is not a yield).
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	var ready atomic.Bool
	go func() {
		fmt.Println("worker")
		ready.Store(true)
	}()
	for !ready.Load() {
		time.Sleep(0)
	}
	fmt.Println("main")
}
