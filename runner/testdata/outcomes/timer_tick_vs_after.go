// time.Tick against time.After of two periods: the second tick and the
// deadline fall due together.
package main

import (
	"fmt"
	"time"
)

func main() {
	tick := time.Tick(3 * time.Millisecond)
	deadline := time.After(6 * time.Millisecond)
	n := 0
	for {
		select {
		case <-tick:
			n++
		case <-deadline:
			fmt.Println("ticks:", n)
			return
		}
	}
}
