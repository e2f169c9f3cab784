// Two goroutines receive from one Ticker's channel: the first works before
// its receive, the second is started after the first has handed main a
// value. Interleave queues a goroutine at the end of the step that reached
// its receive, fused with the work before it; which waiting receiver a
// tick goes to is a choice among those that arrived in the same idle
// period (popWaiter), so the later goroutine can take the first tick.
// outcomes: min-reached=2
package main

import (
	"fmt"
	"strings"
	"time"
)

// work is searched natively: real time for Go, few instructions here.
var work = func() string {
	s := "ab"
	for range 18 {
		s += s
	}
	return s
}()

var sink int

func main() {
	tk := time.NewTicker(20 * time.Millisecond)
	defer tk.Stop()
	ch := make(chan int)
	done := make(chan string)
	go func() {
		ch <- 1
		sink = strings.Count(work, "ba") // about 2ms in Go, a few instructions here
		<-tk.C
		done <- "A"
	}()
	<-ch
	go func() {
		<-tk.C
		done <- "B"
	}()
	first := <-done
	fmt.Println(first, <-done)
}
