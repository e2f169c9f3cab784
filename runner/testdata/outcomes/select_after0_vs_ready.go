// A select between time.After(0) and a buffered channel holding a value:
// the zero-duration timer is due at once, and a select runs a due timer on
// its channel (Go 1.23 synchronous timer channels), so both cases are ready
// and each is chosen about half the time.
package main

import (
	"fmt"
	"time"
)

func main() {
	ready := make(chan int, 1)
	ready <- 1
	select {
	case <-time.After(0):
		fmt.Println("timer")
	case v := <-ready:
		fmt.Println("ready", v)
	}
}
