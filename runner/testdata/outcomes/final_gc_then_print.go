// A finalizer queued by runtime.GC runs in the runtime's goroutine: main
// may print before or after it, or exit before it ran at all.
package main

import (
	"fmt"
	"runtime"
)

type T struct {
	n   int
	p   *int
	pad [4]int
}

func main() {
	p := &T{n: 7}
	runtime.SetFinalizer(p, func(t *T) { fmt.Println("finalizer", t.n) })
	p = nil
	runtime.GC()
	fmt.Println("end")
}
