// Store buffering through a failing RWMutex.TryRLock: x = 1 then
// TryRLock while main holds the write lock, against main's Unlock then
// r2 = x. A failing TryRLock is one load of readerCount (no CAS), so the
// store can still be buffered. Pending: every sync call is a fence in
// Interleave (docs/design.md, Store buffers).
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

var rw sync.RWMutex

func reset() { rw.Lock() }

func main() {
	done := make(chan bool)
	go func() {
		for i := int32(1); i <= rounds; i++ {
			barrier(2*i - 1)
			x = 1
			if rw.TryRLock() {
				r1 = 1
				rw.RUnlock()
			} else {
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
		rw.Unlock()
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
