// Finalizers run in one goroutine, the last queued first; cleanups in
// another, in order; the two goroutines interleave.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type T struct {
	n   int
	p   *int
	pad [4]int
}

func main() {
	for i := 0; i < 2; i++ {
		p := &T{n: i}
		runtime.SetFinalizer(p, func(t *T) { fmt.Println("fin", t.n) })
	}
	q := &T{}
	runtime.AddCleanup(q, func(n int) { fmt.Println("clean", n) }, 5)
	runtime.GC()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("end")
}
