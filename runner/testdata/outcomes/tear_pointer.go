// A whole-struct store through a pointer (*ptr = v) racing a copy
// through it (q := *ptr), on the heap.
// outcomes: real-runs=4000 dfs-runs=100 random=100 pct=100 min-reached=2
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

// pair's two fields sit on two cache lines, which widens the window
// enough for real Go to show a torn value in some runs at GOMAXPROCS=2.
type pair struct {
	a int
	_ [7]int
	b int
}

var ptr = new(pair)

var ready atomic.Int32

// arrive waits until both goroutines are here, so that their loops overlap.
func arrive() {
	ready.Add(1)
	for ready.Load() < 2 {
		runtime.Gosched()
	}
}

func main() {
	done := make(chan bool)
	go func() {
		arrive()
		for i := 1; i <= 500; i++ {
			v := pair{a: i, b: i}
			*ptr = v
		}
		done <- true
	}()
	arrive()
	torn := false
	for j := 0; j < 500 && !torn; j++ {
		q := *ptr
		torn = q.a != q.b
	}
	<-done
	fmt.Println("torn:", torn)
}
