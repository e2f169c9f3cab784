// Go 1.23+ timers: Reset on a timer that fired but whose value nobody
// received discards the stale value; the next receive gets the new
// firing, so it takes the full new duration.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	start := time.Now()
	wasActive := t.Reset(50 * time.Millisecond)
	<-t.C
	waited := time.Since(start) >= 50*time.Millisecond
	fmt.Println(wasActive, waited, t.Stop())
}
