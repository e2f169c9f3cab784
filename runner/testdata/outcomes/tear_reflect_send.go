// A reflect Send of a global struct (the Value of the variable itself,
// reflect.ValueOf(&p).Elem()) while another goroutine writes its fields, a
// first then b. Go's chansend copies it from the Value's pointer with
// typedmemmove when the send is made, into the waiting receiver (or, when
// the sender parks, the receive copies it from there): main can get an a
// older than its b (a < b), which no moment of the writer's stores holds
// (they leave a ahead of b). tear_reflect_handoff is the receive's side.
// PCT runs few schedules: one that ranks the writer above main runs its
// whole loop a step per store while main waits (about a second each).
// outcomes: real-runs=3000 dfs-runs=5 random=50 pct=5 max-steps=20000000
package main

import (
	"fmt"
	"reflect"
	"runtime"
	"sync/atomic"
)

// The fields sit far apart: the copy reads b long after a (memmove's
// order for 4368 bytes: the last 128 bytes, the first 32, then the body),
// a window in which real Go at GOMAXPROCS=2 shows the writer's stores.
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
		rc, rp := reflect.ValueOf(ch), reflect.ValueOf(&p).Elem()
		for {
			rc.Send(rp)
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
