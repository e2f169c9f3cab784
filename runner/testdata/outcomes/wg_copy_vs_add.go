// main copies a WaitGroup while a goroutine adds to it: a copy made after
// the Add has counter 1 that nobody will take down, so waiting on it
// deadlocks. The copy is a plain load, a scheduling point only once the
// race detector sees it race with Add's atomic add to the state word.
// main's loop (no scheduling point) gives the goroutine time to start on
// a second P in real Go.
// outcomes: min-reached=2 dfs-runs=300 random=100 pct=100
package main

import (
	"fmt"
	"sync"
)

var sink int

func main() {
	var wg sync.WaitGroup
	done := make(chan bool)
	go func() {
		wg.Add(1)
		done <- true
	}()
	for i := range 50000 {
		sink += i
	}
	w2 := wg
	<-done
	w2.Wait()
	fmt.Println("copied before the Add")
}
