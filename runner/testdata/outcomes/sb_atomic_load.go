// Store buffering with an atomic load on one side: on amd64
// atomic.LoadInt32 is a plain MOV, no fence, so it still passes the
// goroutine's earlier plain store to x, and both loads can read 0 as in
// sb_litmus.
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

var x, r1, r2 int
var y int32

func main() {
	done := make(chan bool)
	go func() {
		for i := int32(1); i <= rounds; i++ {
			barrier(2*i - 1)
			x = 1
			r1 = int(atomic.LoadInt32(&y))
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
