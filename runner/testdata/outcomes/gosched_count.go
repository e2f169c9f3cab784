package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

// main yields until the worker's flag is set, counting its yields (capped).
func main() {
	var flag atomic.Bool
	var steps atomic.Int32
	go func() {
		steps.Add(1)
		steps.Add(1)
		flag.Store(true)
	}()
	n := 0
	for !flag.Load() {
		n++
		runtime.Gosched()
	}
	fmt.Println(min(n, 2), steps.Load())
}
