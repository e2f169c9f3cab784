// Two goroutines wait on a WaitGroup: A hands main a value, works, then
// waits; B, started after the hand-off, waits at once. The Done releases
// both; which reports first is open.
// outcomes: min-reached=2
package main

import (
	"fmt"
	"strings"
	"sync"
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
	var wg sync.WaitGroup
	ch := make(chan int)
	out := make(chan string, 2)
	wg.Add(1)
	go func() {
		ch <- 1
		sink = strings.Count(work, "ba") // about 2ms in Go, a few instructions here
		wg.Wait()
		out <- "A"
	}()
	<-ch
	go func() {
		wg.Wait()
		out <- "B"
	}()
	time.Sleep(10 * time.Millisecond)
	wg.Done()
	first := <-out
	fmt.Println(first, <-out)
}
