// Struct comparison reading a racing struct: p is always x or y when
// whole, but p != x && p != y holds when a comparison reads it torn (gc
// compares field by field, straight from memory).
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

var p = pair{a: 1, b: 1}

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
			p = pair{a: 1 + i%2, b: 1 + i%2}
		}
		done <- true
	}()
	arrive()
	torn := false
	for j := 0; j < 500 && !torn; j++ {
		x, y := pair{a: 1, b: 1}, pair{a: 2, b: 2}
		torn = p != x && p != y
	}
	<-done
	fmt.Println("torn:", torn)
}
