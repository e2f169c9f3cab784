// Two goroutines wait for one Timer: the first works before its receive,
// the second is started after the first has handed main a value. Only one
// of them gets the value; Interleave queues a goroutine at the end of the
// step that reached its receive, so which waiting receiver the timer's send
// goes to is a choice among those that arrived in the same idle period
// (popWaiter).
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
	t := time.NewTimer(20 * time.Millisecond)
	ch := make(chan int)
	done := make(chan string)
	go func() {
		ch <- 1
		sink = strings.Count(work, "ba") // about 2ms in Go, a few instructions here
		<-t.C
		done <- "A"
	}()
	<-ch
	go func() {
		<-t.C
		done <- "B"
	}()
	fmt.Println(<-done)
}
