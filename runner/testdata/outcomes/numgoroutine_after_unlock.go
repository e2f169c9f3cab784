// A worker holds a mutex main waits for; its Unlock lets main in, and it
// ends after working a while: main's count may still include it.
//
// outcomes: max-steps=5000000 random=20 pct=20 dfs-runs=50
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	locked := make(chan bool)
	go func() {
		mu.Lock()
		locked <- true
		mu.Unlock()
		work()
	}()
	<-locked
	mu.Lock()
	fmt.Println(runtime.NumGoroutine())
	mu.Unlock()
}

var sink int

// work runs a loop of half a million additions, about a millisecond.
func work() {
	s := 0
	for i := 0; i < 500000; i++ {
		s += i
	}
	sink = s
}
