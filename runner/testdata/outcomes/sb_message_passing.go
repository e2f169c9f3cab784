// Message passing (MP) with plain variables: one goroutine stores the
// data, then the flag; the other loads the flag, then the data. amd64 is
// TSO: stores reach memory in order and loads are not reordered with
// loads, so a reader that sees the flag set sees the data too (a racy
// program, but the reordering never happens on this machine).
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

var data, flag, r1 int

func main() {
	done := make(chan bool)
	go func() {
		for i := int32(1); i <= rounds; i++ {
			barrier(2*i - 1)
			data = 1
			flag = 1
			barrier(2 * i)
		}
		done <- true
	}()
	stale, seen := false, false
	for i := int32(1); i <= rounds; i++ {
		data, flag = 0, 0
		barrier(2*i - 1)
		r1 = flag
		r2 := data
		barrier(2 * i)
		if r1 == 1 {
			seen = true
			if r2 == 0 {
				stale = true
			}
		}
	}
	<-done
	fmt.Println("flag seen:", seen, "data stale:", stale)
}
