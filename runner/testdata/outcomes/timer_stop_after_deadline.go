// A timer whose deadline has passed but whose value nobody received:
// since Go 1.23 its channel is unbuffered, so Stop still stops it (true)
// and no stale value is left. The sleep ends at the timer's own instant,
// a tie.
//
// outcomes: min-reached=1
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(20 * time.Millisecond)
	time.Sleep(40 * time.Millisecond)
	stopped := t.Stop()
	select {
	case <-t.C:
		fmt.Println(stopped, "stale")
	default:
		fmt.Println(stopped, "none")
	}
}
