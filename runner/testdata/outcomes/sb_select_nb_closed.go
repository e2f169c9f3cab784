// Store buffering through a non-blocking receive on an unbuffered
// channel the other side closes: x = 1 then select { case <-done:
// default: }, against close(done) then r2 = x. chanrecv's fast path
// (no sender waiting, not closed) takes no lock. Pending: Interleave
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

var done2 chan int

func reset() { done2 = make(chan int) }

func main() {
	done := make(chan bool)
	go func() {
		for i := int32(1); i <= rounds; i++ {
			barrier(2*i - 1)
			x = 1
			select {
			case <-done2:
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
		close(done2)
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
