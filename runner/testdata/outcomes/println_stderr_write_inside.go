// Builtin println writes each piece with a write of its own ("a ", "1",
// "\n": gc joins the constant strings), under the runtime's printlock,
// which fmt's write to os.Stderr does not take: the other goroutine's
// "e " can land inside the line.
package main

import (
	"fmt"
	"os"
	"sync/atomic"
)

func main() {
	var ready, start atomic.Bool
	done := make(chan bool)
	go func() {
		ready.Store(true)
		for !start.Load() {
		}
		fmt.Fprint(os.Stderr, "e ")
		done <- true
	}()
	for !ready.Load() {
	}
	start.Store(true)
	println("a", 1)
	<-done
}
