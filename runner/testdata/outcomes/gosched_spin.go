// runtime.Gosched is a scheduling point: main spins on a flag, yielding at
// each turn, until the worker sets it; every strategy must let the worker
// run, and both print orders of the worker's two lines with main's are
// reachable only as Go allows.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	var ready atomic.Bool
	go func() {
		fmt.Println("worker")
		ready.Store(true)
		fmt.Println("worker done")
	}()
	for !ready.Load() {
		runtime.Gosched()
	}
	fmt.Println("main")
}
