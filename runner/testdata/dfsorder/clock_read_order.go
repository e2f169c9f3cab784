// Built against dfs's dependence relation (TestReductionKeepsOutcomes).
// The virtual clock advances with every instruction any goroutine runs,
// so a clock read sees how much work the other goroutines did before it.
// T's step that computes and stores x and R's step that reads the clock
// and stores y touch different objects, but their order decides what R
// prints: 8 when T's loop ran first, 0 when it did not. Both goroutines
// wait at gates first, so neither step is a goroutine's first (which
// would depend on everything anyway). The reduced search took the steps
// as independent and ran one order only: at bounds 1 and 2 it never
// printed 0 (plain dfs does, and at bound 0 it did by another path).
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

var x, y atomic.Int32

func main() {
	ready := make(chan bool)
	gT, gR := make(chan bool), make(chan bool)
	dT, dR := make(chan bool), make(chan int64)
	start := time.Now()
	go func() {
		ready <- true
		<-gT
		s := 0
		for i := 0; i < 2000; i++ {
			s += i
		}
		x.Store(int32(1 + s&1))
		dT <- true
	}()
	go func() {
		ready <- true
		<-gR
		y.Store(1)
		dR <- time.Since(start).Microseconds()
	}()
	<-ready
	<-ready
	close(gT)
	close(gR)
	<-dT
	fmt.Println(<-dR)
}
