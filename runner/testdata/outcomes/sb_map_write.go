// Store buffering with a map write between the store and the load, on
// both sides: a map write (mapassign) is plain stores on amd64, no fence,
// so each load may still pass its goroutine's earlier store and both can
// read 0 in some round, as in sb_litmus. Each map is its goroutine's own.
// outcomes: real-runs=300 dfs-runs=5 random=10 pct=5 max-steps=8000000
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

const rounds = 1000

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
		priv := map[int32]int32{}
		for i := int32(1); i <= rounds; i++ {
			barrier(2*i - 1)
			x = 1
			priv[i&7] = i
			r1 = y
			barrier(2 * i)
		}
		done <- true
	}()
	both := false
	own := map[int32]int32{}
	for i := int32(1); i <= rounds; i++ {
		x, y = 0, 0
		barrier(2*i - 1)
		y = 1
		own[i&7] = i
		r2 = x
		barrier(2 * i)
		if r1 == 0 && r2 == 0 {
			both = true
		}
	}
	<-done
	fmt.Println("both zero:", both)
}
