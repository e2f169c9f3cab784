// A panicking finalizer ends the program from the runtime's goroutine,
// unless main exits first.
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
	p := &T{n: 7}
	runtime.SetFinalizer(p, func(t *T) { panic(fmt.Sprint("finalizer ", t.n)) })
	p = nil
	runtime.GC()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("end")
}
