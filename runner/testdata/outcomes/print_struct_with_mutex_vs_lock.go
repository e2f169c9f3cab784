// main prints a struct holding a Mutex while a goroutine locks it: fmt
// reads the state word before or after the Lock ({0 0} or {1 0}). The
// read is a plain load, a scheduling point once the race detector sees it
// race with the Lock's atomic write. main's loop (no scheduling point)
// gives the goroutine time to start on a second P in real Go.
// outcomes: min-reached=2 dfs-runs=300 random=100 pct=100
package main

import (
	"fmt"
	"sync"
)

type S struct {
	mu sync.Mutex
	n  int
}

var sink int

func main() {
	var s S
	s.n = 3
	done := make(chan bool)
	go func() {
		s.mu.Lock()
		done <- true
	}()
	for i := range 50000 {
		sink += i
	}
	fmt.Println(s)
	<-done
}
