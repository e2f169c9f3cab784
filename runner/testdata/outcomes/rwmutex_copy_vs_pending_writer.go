// main holds a read lock and copies the RWMutex while a goroutine waits in
// Lock for that reader to leave: Go's Lock has already announced itself
// (readerCount less 2^30) and taken the writer mutex, so a copy made then
// has a pending writer and its TryRLock fails. The copy is a plain load,
// a scheduling point only once the race detector sees it race with the
// waiting Lock's atomic add. main's loop (no scheduling point) gives the
// goroutine time to start on a second P in real Go.
// outcomes: min-reached=2 dfs-runs=300 random=100 pct=100
package main

import (
	"fmt"
	"sync"
)

var sink int

func main() {
	var rw sync.RWMutex
	rw.RLock()
	go func() {
		rw.Lock()
	}()
	for i := range 50000 {
		sink += i
	}
	r2 := rw
	fmt.Println(r2.TryRLock())
}
