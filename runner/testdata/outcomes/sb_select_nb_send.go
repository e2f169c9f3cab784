// Store buffering through a non-blocking send: x = 1 then a one-case
// select with default on a full buffered channel, against a receive then
// r2 = x. Go's selectnbsend fails on chansend's fast path (plain loads,
// no lock), so the store can still be buffered. Pending: Interleave
// treats every select as a fence (docs/design.md, Store buffers).
//
// outcomes: real-runs=300 dfs-runs=20 random=40 pct=20 max-steps=8000000
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

const rounds = 2000

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

var ch = make(chan int, 1)

func reset() {
	select {
	case ch <- 0:
	default:
	}
}

func main() {
	done := make(chan bool)
	go func() {
		for i := int32(1); i <= rounds; i++ {
			barrier(2*i - 1)
			x = 1
			select {
			case ch <- 1:
				r1 = 1
			default:
				r1 = 0
			}
			barrier(2 * i)
			if r1 == 0 && r2 == 0 {
				break
			}
		}
		done <- true
	}()
	both := false
	for i := int32(1); i <= rounds; i++ {
		x = 0
		reset()
		barrier(2*i - 1)
		<-ch
		r2 = x
		barrier(2 * i)
		if r1 == 0 && r2 == 0 {
			both = true
			break
		}
	}
	<-done
	fmt.Println("both old:", both)
}
