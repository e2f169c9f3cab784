// Deadlines 100µs apart are still "the same instant" to Go's timers: the
// runtime notices both in one check (or on different Ps), so the later
// sleeper may report first.
package main

import (
	"fmt"
	"time"
)

func main() {
	out := make(chan string, 2)
	go func() {
		time.Sleep(5 * time.Millisecond)
		out <- "early"
	}()
	go func() {
		time.Sleep(5*time.Millisecond + 100*time.Microsecond)
		out <- "late"
	}()
	fmt.Println(<-out, <-out)
}
