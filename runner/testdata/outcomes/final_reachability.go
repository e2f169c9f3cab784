// What runtime.GC finds unreachable: a pointer dropped (p = nil), an
// object pointing to itself, the second link of a chain (kept for the
// first's finalizer until the next collection), a cleanup stopped, and
// objects still reachable: through a global, through an interior pointer,
// through runtime.KeepAlive later.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type T struct {
	n    int
	next *T
	pad  [4]int
}

var global *T

func fin(t *T) { fmt.Println("fin", t.n) }

func main() {
	a := &T{n: 1}
	runtime.SetFinalizer(a, fin)
	a = nil

	self := &T{n: 2}
	self.next = self
	runtime.SetFinalizer(self, fin)
	self = nil

	second := &T{n: 4}
	first := &T{n: 3, next: second}
	runtime.SetFinalizer(first, fin)
	runtime.SetFinalizer(second, fin)
	first, second = nil, nil

	stopped := &T{n: 5}
	c := runtime.AddCleanup(stopped, func(n int) { fmt.Println("cleanup", n) }, 5)
	c.Stop()
	stopped = nil

	g := &T{n: 6}
	runtime.SetFinalizer(g, fin)
	global = g
	g = nil

	in := &T{n: 7}
	runtime.SetFinalizer(in, fin)
	q := &in.pad[2]
	in = nil

	kept := &T{n: 8}
	runtime.SetFinalizer(kept, fin)

	runtime.GC()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("first collection done", *q)
	runtime.GC()
	time.Sleep(20 * time.Millisecond)
	runtime.KeepAlive(kept)
	fmt.Println("end", global.n)
}
