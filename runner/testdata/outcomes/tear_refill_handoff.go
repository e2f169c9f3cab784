// A by-address send of a global struct on a buffered channel while
// another goroutine writes its fields, a first then b. The buffer is full
// whenever the sender is parked, and the receive that takes the head
// copies the parked sender's operand into the slot it frees (runtime's
// recv, typedmemmove, first byte to last): the value received next can
// have an a older than its b (a < b), which no moment of the writer's
// stores holds (they leave a ahead of b). A send that finds room copies
// the operand itself, the same way.
// outcomes: real-runs=2000 dfs-runs=5 random=50 pct=50
package main

import (
	"fmt"
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
	ch := make(chan pair, 1)
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
	for j := 0; j < 200 && !torn && writing.Load(); j++ {
		q := <-ch
		torn = q.a < q.b
	}
	fmt.Println("a < b:", torn)
}
