// A struct of mixed field kinds (int, bool, float64, int32) stored and
// copied whole while racing: each field is its own move, so the copy can
// mix fields of two stores.
// outcomes: real-runs=4000 dfs-runs=100 random=100 pct=100 min-reached=2
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

// rec's fields are of different sizes; a and d sit on two cache lines.
type rec struct {
	a int
	b bool
	c float64
	_ [5]int
	d int32
}

var r rec

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
			r = rec{a: i, b: i%2 == 1, c: float64(i), d: int32(i)}
		}
		done <- true
	}()
	arrive()
	torn := false
	for j := 0; j < 500 && !torn; j++ {
		q := r
		torn = q.b != (q.a%2 == 1) || q.c != float64(q.a) || q.d != int32(q.a)
	}
	<-done
	fmt.Println("torn:", torn)
}
