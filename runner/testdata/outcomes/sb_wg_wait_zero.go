// Store buffering through WaitGroup.Wait with the counter at zero: x =
// 1; wg.Wait(); r1 = flag, against wg.Add(1); r2 = x; flag = 1; wg.Done().
// Wait's fast path is one atomic load of the state word (a plain MOV),
// so Wait can return before the Add while x = 1 is still buffered.
// Pending: every sync call is a fence in Interleave (docs/design.md,
// Store buffers).
//
// outcomes: real-runs=300 dfs-runs=20 random=40 pct=20 max-steps=8000000
package main

import (
	"fmt"
	"runtime"
	"sync"
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

var wg *sync.WaitGroup
var flag atomic.Int32

func reset() {
	wg = new(sync.WaitGroup)
	flag.Store(0)
}

func main() {
	done := make(chan bool)
	go func() {
		for i := int32(1); i <= rounds; i++ {
			barrier(2*i - 1)
			x = 1
			wg.Wait()
			r1 = int(flag.Load())
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
		wg.Add(1)
		defer0 := func() { flag.Store(1); wg.Done() }
		r2 = x
		defer0()
		barrier(2 * i)
		if r1 == 0 && r2 == 0 {
			both = true
			break
		}
	}
	<-done
	fmt.Println("both old:", both)
}
