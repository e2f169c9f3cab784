// Built against dfs's bound fallback (TestReductionKeepsOutcomes). At
// preemption bound 0, after the gates open, P reads x before T stores it
// only when P goes first at the free choice point where main blocks (f).
// The first run picks T there, then B, then P, which sees z = 1 and skips
// x: no race with T's store. The next run changes only the pick after T
// (P before B): P reads z = 0 and then x, racing with T's store, which ran
// while T could go on, so reversing it there is a preemption; the fallback
// is P at the latest free point before the store, f — above the node the
// run changed. Looking for that point only in the run's new part lost "0".
// main never exits (its exit would race with every step and ask for every
// option at f anyway); the run ends in a deadlock.
package main

import (
	"fmt"
	"sync/atomic"
)

var x, z atomic.Int32

func main() {
	ready := make(chan bool)
	gT, gB, gP := make(chan bool), make(chan bool), make(chan bool)
	done := make(chan int32)
	go func() { ready <- true; <-gT; x.Store(1) }()
	<-ready
	go func() { ready <- true; <-gB; z.Store(1) }()
	<-ready
	go func() {
		ready <- true
		<-gP
		got := int32(-1)
		if z.Load() == 0 {
			got = x.Load()
		}
		done <- got
	}()
	<-ready
	close(gT)
	close(gB)
	close(gP)
	fmt.Println(<-done)
	<-make(chan bool)
}
