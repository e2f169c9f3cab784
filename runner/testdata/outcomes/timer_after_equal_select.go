// Two time.After of the same duration in one select. The select blocks on
// both, which puts both timers in the heap of the P it runs on, and one
// look at that heap runs them in deadline order: a's deadline is a few
// nanoseconds earlier, its send completes the select, and b's finds the
// select done. Real Go prints "a" every time.
package main

import (
	"fmt"
	"time"
)

func main() {
	select {
	case <-time.After(10 * time.Millisecond):
		fmt.Println("a")
	case <-time.After(10 * time.Millisecond):
		fmt.Println("b")
	}
}
