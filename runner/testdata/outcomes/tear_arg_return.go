// A struct returned by a call and stored whole, racing a struct passed
// as an argument (the copy is made at the call) and one returned by a
// function that reads the global.
// outcomes: real-runs=4000 dfs-runs=100 random=100 pct=100 min-reached=2
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

// pair's two fields sit on two cache lines, which widens the window
// enough for real Go to show a torn value in some runs at GOMAXPROCS=2.
type pair struct {
	a int
	_ [7]int
	b int
}

var p pair

var ready atomic.Int32

// arrive waits until both goroutines are here, so that their loops overlap.
func arrive() {
	ready.Add(1)
	for ready.Load() < 2 {
		runtime.Gosched()
	}
}

//go:noinline
func mk(i int) pair { return pair{a: i, b: i} }

//go:noinline
func differ(q pair) bool { return q.a != q.b }

//go:noinline
func get() pair { return p }

func main() {
	done := make(chan bool)
	go func() {
		arrive()
		for i := 1; i <= 500; i++ {
			p = mk(i)
		}
		done <- true
	}()
	arrive()
	torn := false
	for j := 0; j < 500 && !torn; j++ {
		torn = differ(p) || differ(get())
	}
	<-done
	fmt.Println("torn:", torn)
}
