// main copies a Mutex while a goroutine locks it: a copy made after the
// Lock is locked (Go copies the state word), so its TryLock fails. The
// copy is a plain load, a scheduling point only once the race detector
// sees it race with the Lock's atomic write of the state word. main's
// loop (no scheduling point) gives the goroutine time to start on a
// second P in real Go.
// outcomes: min-reached=2 dfs-runs=300 random=100 pct=100
package main

import (
	"fmt"
	"sync"
)

var sink int

func main() {
	var mu sync.Mutex
	done := make(chan bool)
	go func() {
		mu.Lock()
		done <- true
	}()
	for i := range 50000 {
		sink += i
	}
	m2 := mu
	<-done
	fmt.Println(m2.TryLock())
}
