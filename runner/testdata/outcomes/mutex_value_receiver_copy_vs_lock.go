// A method with a value receiver copies the struct, the Mutex it embeds
// included (go vet's copylocks), while a goroutine locks that Mutex: a
// copy made after the Lock is locked and its TryLock fails. The copy is a
// plain load, a scheduling point once the race detector sees it race with
// the Lock's atomic write of the state word. main's loop (no scheduling
// point) gives the goroutine time to start on a second P in real Go.
// outcomes: min-reached=2 dfs-runs=300 random=100 pct=100
package main

import (
	"fmt"
	"sync"
)

type C struct {
	sync.Mutex
	n int
}

func (c C) Free() bool { return c.TryLock() }

var sink int

func main() {
	var c C
	done := make(chan bool)
	go func() {
		c.Lock()
		done <- true
	}()
	for i := range 50000 {
		sink += i
	}
	free := c.Free()
	<-done
	fmt.Println(free)
}
