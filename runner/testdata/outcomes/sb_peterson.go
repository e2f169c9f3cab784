// Peterson's mutual exclusion with plain flags: each goroutine raises its
// flag, gives the other the turn, and waits while the other's flag is up
// and it has the turn. Correct under sequential consistency, broken on
// amd64 (TSO): the load of the other's flag may pass the goroutine's own
// store to its flag, still in its store buffer, and both enter. The
// critical section counts its occupants atomically; the rounds start
// together (an atomic barrier) so that the two arrive at once.
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

var flag [2]int
var turn int

var inside atomic.Int32

func lock(me int) {
	other := 1 - me
	flag[me] = 1
	turn = other
	for flag[other] == 1 && turn == other {
		runtime.Gosched()
	}
}

func unlock(me int) { flag[me] = 0 }

// worker enters the critical section once a round and reports whether it
// ever found the other goroutine inside.
func worker(me int) bool {
	both := false
	for i := int32(1); i <= rounds; i++ {
		barrier(2*i - 1)
		lock(me)
		if inside.Add(1) != 1 {
			both = true
		}
		inside.Add(-1)
		unlock(me)
		barrier(2 * i)
	}
	return both
}

func main() {
	done := make(chan bool)
	go func() { done <- worker(1) }()
	both := worker(0)
	both = <-done || both
	fmt.Println("both inside:", both)
}
