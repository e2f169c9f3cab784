// main copies a WaitGroup while a goroutine blocks in its Wait: Go's Wait
// counts the waiter in the state word (a CompareAndSwap) before it
// sleeps, so a copy made after it has the waiter, and printing the copy
// shows it. main's loop (no scheduling point) gives the goroutine time to
// start on a second P in real Go. The copy is a plain load, a scheduling
// point only once the race detector sees it race with the blocked Wait's
// write of the state word, which Interleave did not report (audit14).
// outcomes: min-reached=2 dfs-runs=300 random=100 pct=100
package main

import (
	"fmt"
	"sync"
)

var sink int

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		wg.Wait()
	}()
	for i := 0; i < 100000; i++ {
		sink += i
	}
	c := wg
	fmt.Println(c)
}
