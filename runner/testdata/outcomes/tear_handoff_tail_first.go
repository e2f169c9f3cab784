// A by-address send of a global struct of 4216 bytes while another
// goroutine writes two of its fields, b then a. The hand-off copy is the
// runtime's memmove, which for over 256 bytes (amd64 with AVX:
// avxUnaligned) loads the last 128 bytes first, then the first 32, then
// the middle from the front: b, in the last 128 bytes, is read before a,
// deep in the middle, so the receiver can get an a newer than its b
// (a > b), which neither a moment of the writer's stores (they leave b
// ahead) nor a copy from the first byte to the last gives.
// outcomes: real-runs=4000 dfs-runs=5 random=50 pct=50
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

// a sits 4000 bytes into the middle, b in the last 128 bytes.
type pair struct {
	_ [4000]byte
	a int
	_ [200]byte
	b int
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
			p.b = i
			p.a = i
		}
		writing.Store(false)
	}()
	go func() {
		for {
			ch <- p
		}
	}()
	arrive()
	aAhead := false
	for j := 0; j < 200 && !aAhead && writing.Load(); j++ {
		q := <-ch
		aAhead = q.a > q.b
	}
	fmt.Println("a > b:", aAhead)
}
