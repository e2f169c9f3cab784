// Two readers queue behind a writer: A hands main a value, works, then
// calls RLock; B, started after the hand-off, calls it at once. The
// writer's Unlock releases both; which prints first is open.
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
	var mu sync.RWMutex
	ch := make(chan int)
	out := make(chan string, 2)
	mu.Lock()
	go func() {
		ch <- 1
		sink = strings.Count(work, "ba") // about 2ms in Go, a few instructions here
		mu.RLock()
		out <- "A"
		mu.RUnlock()
	}()
	<-ch
	go func() {
		mu.RLock()
		out <- "B"
		mu.RUnlock()
	}()
	time.Sleep(10 * time.Millisecond)
	mu.Unlock()
	first := <-out
	fmt.Println(first, <-out)
}
