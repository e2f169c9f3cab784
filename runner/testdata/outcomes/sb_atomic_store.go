// Store buffering with atomic stores on both sides: atomic.StoreInt32 is
// an XCHG on amd64, which drains the store buffer, so each store reaches
// memory before the goroutine's load of the other variable and both loads
// never read 0 in one round.
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

var x, y int32
var r1, r2 int32

func main() {
	done := make(chan bool)
	go func() {
		for i := int32(1); i <= rounds; i++ {
			barrier(2*i - 1)
			atomic.StoreInt32(&x, 1)
			r1 = y
			barrier(2 * i)
		}
		done <- true
	}()
	both := false
	for i := int32(1); i <= rounds; i++ {
		atomic.StoreInt32(&x, 0)
		atomic.StoreInt32(&y, 0)
		barrier(2*i - 1)
		atomic.StoreInt32(&y, 1)
		r2 = x
		barrier(2 * i)
		if r1 == 0 && r2 == 0 {
			both = true
		}
	}
	<-done
	fmt.Println("both zero:", both)
}
