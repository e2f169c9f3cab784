// An older buffered store reaching memory while a newer one waits: the
// writer stores x = 1, then x = 2, then loads y; the reader stores y,
// fences (an atomic Add) and loads x. On amd64 (TSO) the writer's load
// can pass both its stores and read y before the reader's store reaches
// memory (r1 = 0), while the writer's buffer drains x = 1 only and the
// reader reads it (r2 = 1). No sequentially consistent interleaving of
// whole stores gives r1 = 0 with r2 = 1: r1 = 0 puts the writer's load
// before the reader's fence, so x = 2 before the reader's load. Rounds
// are released together by an atomic barrier, until the pair is seen.
// outcomes: dfs-runs=2 random=20 pct=4 max-steps=20000000
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

const rounds = 5000

var arrived, fence atomic.Int32

// barrier returns when both goroutines have called it k times.
func barrier(k int32) {
	arrived.Add(1)
	for n := 0; arrived.Load() < 2*k; n++ {
		if n > 20000 {
			runtime.Gosched()
		}
	}
}

// between keeps gc from dropping the store x = 1 that x = 2 overwrites.
//
//go:noinline
func between() {}

var x, y, r1, r2 int

func main() {
	done := make(chan bool)
	go func() {
		for i := int32(1); i <= rounds; i++ {
			barrier(2*i - 1)
			x = 1
			between()
			x = 2
			r1 = y
			barrier(2 * i)
			if r1 == 0 && r2 == 1 {
				break
			}
		}
		done <- true
	}()
	older := false
	for i := int32(1); i <= rounds && !older; i++ {
		x, y = 0, 0
		barrier(2*i - 1)
		y = 1
		fence.Add(1)
		r2 = x
		barrier(2 * i)
		older = r1 == 0 && r2 == 1
	}
	<-done
	fmt.Println("older value read:", older)
}
