// A ticker and a timer whose deadline is a whole number of periods: the
// third tick and the timer fall due together, so the loop counts 2 or 3
// ticks before it stops.
package main

import (
	"fmt"
	"time"
)

func main() {
	tick := time.NewTicker(2 * time.Millisecond)
	defer tick.Stop()
	stop := time.NewTimer(6 * time.Millisecond)
	n := 0
	for {
		select {
		case <-tick.C:
			n++
		case <-stop.C:
			fmt.Println("ticks:", n)
			return
		}
	}
}
