// A whole-array store racing a whole-array copy: gc moves an array in
// words or 16-byte pieces, first to last, so the copy can be torn. The
// first and last elements sit on two cache lines.
// outcomes: real-runs=4000 dfs-runs=100 random=100 pct=100 min-reached=2
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

var arr [9]int

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
			arr = [9]int{i, i, i, i, i, i, i, i, i}
		}
		done <- true
	}()
	arrive()
	torn := false
	for j := 0; j < 500 && !torn; j++ {
		q := arr
		torn = q[0] != q[8]
	}
	<-done
	fmt.Println("torn:", torn)
}
