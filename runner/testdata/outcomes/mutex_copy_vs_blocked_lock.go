// main copies a Mutex it holds while a goroutine blocks in Lock: Go's
// Lock counts the waiter in the state word (a CompareAndSwap), so a copy
// made after it has the waiter bit, and printing the copy shows it.
// main's loop (no scheduling point) gives the goroutine time to start
// on a second P in real Go. The copy is a plain load, a scheduling point
// only once the race detector sees it race with the blocked Lock's write
// of the state word, which Interleave did not report (audit14): it never
// printed the waiter bit.
// outcomes: min-reached=2 dfs-runs=300 random=100 pct=100
package main

import (
	"fmt"
	"sync"
)

var sink int

func main() {
	var mu sync.Mutex
	mu.Lock()
	go func() {
		mu.Lock()
	}()
	for i := 0; i < 100000; i++ {
		sink += i
	}
	c := mu
	fmt.Println(c)
}
