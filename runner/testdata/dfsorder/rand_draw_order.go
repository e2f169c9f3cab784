// Built against dfs's dependence relation (TestReductionKeepsOutcomes).
// math/rand/v2's top-level functions draw from the runtime's generator,
// which every goroutine shares and no scheduling point guards (Go's is
// internally synchronised; the VM's is deterministic, seeded the same
// every run). A and B each draw once and store to atomics of their own:
// their steps name different objects, but which draws first decides what
// each prints. The reduced search took the steps as independent and ran
// one order only: at bounds 1 and 2 it printed one pair of values, plain
// dfs both.
package main

import (
	"fmt"
	"math/rand/v2"
	"sync/atomic"
)

var x, y atomic.Int32

func main() {
	ready := make(chan bool)
	gA, gB := make(chan bool), make(chan bool)
	dA, dB := make(chan int), make(chan int)
	go func() {
		ready <- true
		<-gA
		v := rand.IntN(1000)
		x.Store(1)
		dA <- v
	}()
	go func() {
		ready <- true
		<-gB
		v := rand.IntN(1000)
		y.Store(1)
		dB <- v
	}()
	<-ready
	<-ready
	close(gA)
	close(gB)
	fmt.Println(<-dA, <-dB)
}
