// A goroutine waits on a timer that main stops around the time it fires:
// either the receiver gets the tick and Stop reports false, or Stop wins,
// reports true, and the tick is never delivered (Go 1.23+: no stale value).
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Millisecond)
	got := make(chan bool)
	go func() {
		select {
		case <-t.C:
			got <- true
		case <-time.After(50 * time.Millisecond):
			got <- false
		}
	}()
	time.Sleep(time.Millisecond)
	stopped := t.Stop()
	received := <-got
	fmt.Println("stopped:", stopped, "received:", received, "consistent:", stopped != received)
}
