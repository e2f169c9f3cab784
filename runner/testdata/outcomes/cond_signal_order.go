// Two goroutines wait on a Cond: A hands main a value, works, then waits;
// B, started after the hand-off, waits at once. Signal wakes the waiter
// that took the older ticket (runtime.notifyList), which is whoever locked
// L and called Wait first: either, as A's work may or may not end before B
// starts. Each woken waiter prints and tells main, which signals again.
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
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	waiting := 0
	ch := make(chan int)
	woke := make(chan string)
	wait := func(name string) {
		mu.Lock()
		waiting++
		c.Wait()
		mu.Unlock()
		woke <- name
	}
	go func() {
		ch <- 1
		sink = strings.Count(work, "ba") // about 2ms in Go, a few instructions here
		wait("A")
	}()
	<-ch
	go wait("B")
	mu.Lock()
	for waiting < 2 {
		mu.Unlock()
		time.Sleep(time.Millisecond)
		mu.Lock()
	}
	c.Signal()
	mu.Unlock()
	first := <-woke
	mu.Lock()
	c.Signal()
	mu.Unlock()
	fmt.Println(first, <-woke)
}
