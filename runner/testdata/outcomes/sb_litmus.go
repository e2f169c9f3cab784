// Store buffering (SB), the TSO litmus: each goroutine stores 1 to its
// variable, then loads the other's. amd64 is TSO: a plain load may pass
// the same goroutine's earlier plain store to another variable (it waits
// in the store buffer), so in some round both loads read 0, an outcome no
// sequentially consistent interleaving has. The rounds are released
// together by an atomic barrier.
// outcomes: real-runs=1000 dfs-runs=20 random=40 pct=20 max-steps=8000000
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

const rounds = 200

var arrived atomic.Int32

// barrier returns when both goroutines have called it k times.
func barrier(k int32) {
	arrived.Add(1)
	for n := 0; arrived.Load() < 2*k; n++ {
		if n > 20000 {
			runtime.Gosched()
		}
	}
}

var x, y, r1, r2 int

func main() {
	done := make(chan bool)
	go func() {
		for i := int32(1); i <= rounds; i++ {
			barrier(2*i - 1)
			x = 1
			r1 = y
			barrier(2 * i)
		}
		done <- true
	}()
	both := false
	for i := int32(1); i <= rounds; i++ {
		x, y = 0, 0
		barrier(2*i - 1)
		y = 1
		r2 = x
		barrier(2 * i)
		if r1 == 0 && r2 == 0 {
			both = true
		}
	}
	<-done
	fmt.Println("both zero:", both)
}
