// Small arrays, [2]int and [4]int, stored whole and copied whole while
// racing. gc stores each element with its own MOVQ and loads them with
// 16-byte MOVUPS moves; the memory model lets a racy copy of more than a
// word see any mix.
// outcomes: real-runs=4000 dfs-runs=100 random=100 pct=100 min-reached=2
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

var a2 [2]int
var a4 [4]int

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
			a2 = [2]int{i, i}
			a4 = [4]int{i, i, i, i}
		}
		done <- true
	}()
	arrive()
	torn := false
	for j := 0; j < 500 && !torn; j++ {
		x := a2
		y := a4
		torn = x[0] != x[1] || y[0] != y[3] || y[1] != y[2]
	}
	<-done
	fmt.Println("torn:", torn)
}
