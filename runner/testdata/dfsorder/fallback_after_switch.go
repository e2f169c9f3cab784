// Built against dfs's bound fallback (TestReductionKeepsOutcomes). At
// preemption bound 1, P prints [1 0] and main 1 only when P reads y after
// U's store, x before T's store, and T reads z before U's store: U stores
// y, P preempts U and runs to its end, T runs and stores x, U stores z.
// The reduced search reaches T's store x only after T preempted U between
// U's stores (T's read of z races with U's store of z); P's read of x races
// with that store, which the bound forbids reversing there (T went on
// after its preemption). Falling back to the latest free point offering P
// (where the gates opened) runs P before U's store of y too; the schedule
// needs P where T preempted U, the latest context switch before the store
// (Coons, Musuvathi & McKinley's conservative point).
package main

import (
	"fmt"
	"sync/atomic"
)

var x, y, z atomic.Int32

func main() {
	ready := make(chan bool)
	gU, gT, gP := make(chan bool), make(chan bool), make(chan bool)
	dU, dT := make(chan bool, 1), make(chan bool, 1)
	dP := make(chan [2]int32, 1)
	go func() {
		ready <- true
		<-gU
		y.Store(1)
		z.Store(1)
		dU <- true
	}()
	<-ready
	go func() {
		ready <- true
		<-gT
		if z.Load() == 0 {
			x.Store(1)
		}
		dT <- true
	}()
	<-ready
	go func() {
		ready <- true
		<-gP
		a := y.Load()
		b := x.Load()
		dP <- [2]int32{a, b}
	}()
	<-ready
	close(gU)
	close(gT)
	close(gP)
	<-dU
	<-dT
	fmt.Println(<-dP, x.Load())
}
