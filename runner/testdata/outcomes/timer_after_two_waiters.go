// Two goroutines each wait for their own time.After of the same duration
// and report to main, which takes the first report: the timers are in
// the heaps of the Ps each goroutine blocked on, and either goroutine can
// report first.
package main

import (
	"fmt"
	"time"
)

func main() {
	const d = 5 * time.Millisecond
	first := make(chan string, 2)
	for _, name := range []string{"a", "b"} {
		go func() {
			<-time.After(d)
			first <- name
		}()
	}
	fmt.Println(<-first)
}
