// A struct holding a struct, stored and copied whole while racing: the
// words of the inner struct and of the outer one are moved one after the
// other, so the copy can be torn between them.
// outcomes: real-runs=4000 dfs-runs=100 random=100 pct=100 min-reached=2
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

type inner struct {
	a int
	_ [3]int
}

// outer's first and last words sit on two cache lines.
type outer struct {
	in inner
	_  [3]int
	b  int
}

var o outer

var ready atomic.Int32

// arrive waits until both goroutines are here, so that their loops overlap.
func arrive() {
	ready.Add(1)
	for ready.Load() < 2 {
		runtime.Gosched()
	}
}

func main() {
	done := make(chan bool)
	go func() {
		arrive()
		for i := 1; i <= 500; i++ {
			o = outer{in: inner{a: i}, b: i}
		}
		done <- true
	}()
	arrive()
	torn := false
	for j := 0; j < 500 && !torn; j++ {
		q := o
		torn = q.in.a != q.b
	}
	<-done
	fmt.Println("torn:", torn)
}
