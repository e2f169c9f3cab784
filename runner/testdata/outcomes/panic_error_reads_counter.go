// A panic value's Error method runs when the crash is printed, after the
// deferred calls: it reads a counter main keeps incrementing meanwhile.
package main

import (
	"fmt"
	"sync/atomic"
)

var n atomic.Int32

type countErr struct{}

func (countErr) Error() string { return fmt.Sprint("count ", n.Load()) }

func main() {
	go func() {
		panic(countErr{})
	}()
	for i := 0; i < 3; i++ {
		n.Add(1)
	}
	select {}
}
