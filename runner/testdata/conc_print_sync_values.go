// fmt prints values holding sync and sync/atomic types with Go's fields:
// a locked Mutex, a WaitGroup's counter in the high half of its state, an
// RWMutex's reader count, a done Once.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

type All struct {
	M  sync.Mutex
	RW sync.RWMutex
	WG sync.WaitGroup
	O  sync.Once
	C  *sync.Cond
	A  atomic.Int64
	B  atomic.Bool
	V  atomic.Value
	P  atomic.Pointer[int]
}

func main() {
	c := Counter{}
	c.mu.Lock()
	c.n = 3
	fmt.Printf("%v %+v\n", c, c)
	c.mu.Unlock()
	var a All
	a.A.Store(5)
	a.B.Store(true)
	fmt.Printf("%+v\n", a)
	var wg sync.WaitGroup
	wg.Add(2)
	fmt.Printf("%v\n", &wg)
	var rw sync.RWMutex
	rw.RLock()
	fmt.Printf("%+v\n", rw)
	var o sync.Once
	o.Do(func() {})
	fmt.Printf("%+v\n", o)
}
