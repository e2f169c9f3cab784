// A Ticker and a time.After of the same duration in one select, made in
// either order: the one made first is due first and wins, as two
// After's do (both timers are in the heap of the P the select blocked on).
package main

import (
	"fmt"
	"time"
)

func main() {
	const d = 5 * time.Millisecond
	t := time.NewTicker(d)
	select {
	case <-t.C:
		fmt.Println("tick")
	case <-time.After(d):
		fmt.Println("after")
	}
	t.Stop()

	a := time.After(d)
	t = time.NewTicker(d)
	select {
	case <-t.C:
		fmt.Println("tick")
	case <-a:
		fmt.Println("after")
	}
	t.Stop()
}
