// An object made in a goroutine that ended is unreachable; its finalizer
// wakes main, which would deadlock without it.
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
	done := make(chan int)
	started := make(chan bool)
	go func() {
		p := &T{n: 10}
		runtime.SetFinalizer(p, func(t *T) { done <- t.n })
		started <- true
	}()
	<-started
	runtime.GC()
	fmt.Println("finalized", <-done)
}
