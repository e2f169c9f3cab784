// A stopped ticker delivers nothing until Reset restarts it; a select with a
// timeout shows the stopped period, then Reset's new period ticks.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTicker(10 * time.Millisecond)
	<-t.C
	t.Stop()
	select {
	case <-t.C:
		fmt.Println("stale tick")
	case <-time.After(30 * time.Millisecond):
		fmt.Println("stopped")
	}
	t.Reset(5 * time.Millisecond)
	<-t.C
	fmt.Println("ticking again")
	t.Stop()
}
