// A by-address send of a global struct, received by reflect's TryRecv,
// while another goroutine writes its fields, a first then b. TryRecv never
// parks, so the sender always does, and the TryRecv that finds it parked
// copies its operand (chanrecv's recv, typedmemmove, first byte to last):
// the receiver can get an a older than its b (a < b), which no moment of
// the writer's stores holds (they leave a ahead of b).
// PCT runs few schedules: one that ranks the writer above main runs its
// whole loop a step per store while main polls (about a second each).
// outcomes: real-runs=3000 dfs-runs=5 random=50 pct=5 max-steps=20000000
package main

import (
	"fmt"
	"reflect"
	"runtime"
	"sync/atomic"
)

// The fields sit far apart: the copy reads b long after a, a window in
// which real Go at GOMAXPROCS=2 shows the writer's stores.
type pair struct {
	a int
	_ [4096]byte
	b int
	_ [256]byte
}

var p pair

var ready atomic.Int32
var writing atomic.Bool

// arrive waits until both goroutines are here, so that their loops overlap.
func arrive() {
	ready.Add(1)
	for ready.Load() < 2 {
		runtime.Gosched()
	}
}

func main() {
	ch := make(chan pair)
	writing.Store(true)
	go func() {
		arrive()
		for i := 1; i <= 100000; i++ {
			p.a = i
			p.b = i
		}
		writing.Store(false)
	}()
	go func() {
		for {
			ch <- p
		}
	}()
	arrive()
	torn := false
	rc := reflect.ValueOf(ch)
	for j := 0; j < 200 && !torn && writing.Load(); {
		if v, ok := rc.TryRecv(); ok {
			q := v.Interface().(pair)
			torn = q.a < q.b
			j++
		} else {
			runtime.Gosched() // the sender runs on this P
		}
	}
	fmt.Println("a < b:", torn)
}
