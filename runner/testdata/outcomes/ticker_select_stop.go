// A ticker every 2 ms feeds a select loop that stops after three ticks; a
// done channel closed after 100 ms is never seen first.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTicker(2 * time.Millisecond)
	defer t.Stop()
	done := make(chan struct{})
	go func() {
		time.Sleep(100 * time.Millisecond)
		close(done)
	}()
	n := 0
	for n < 3 {
		select {
		case <-t.C:
			n++
			fmt.Println("tick", n)
		case <-done:
			fmt.Println("done first")
			return
		}
	}
	fmt.Println("stopped after", n)
}
