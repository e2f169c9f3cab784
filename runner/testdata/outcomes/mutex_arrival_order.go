// A hands main a value, works, then waits for the locked Mutex; B, started
// after the hand-off, waits for it at once. Both are queued when main
// unlocks, in either order: Interleave queues A at the end of the step
// that reached its Lock, fused with its work, so which of the waiters that
// arrived in one idle period is woken is a choice (lockRelease).
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
	var wg sync.WaitGroup
	ch := make(chan int)
	mu.Lock()
	wg.Add(2)
	go func() {
		defer wg.Done()
		ch <- 1
		sink = strings.Count(work, "ba") // about 2ms in Go, a few instructions here
		mu.Lock()
		fmt.Print("A")
		mu.Unlock()
	}()
	<-ch
	go func() { defer wg.Done(); mu.Lock(); fmt.Print("B"); mu.Unlock() }()
	time.Sleep(10 * time.Millisecond)
	mu.Unlock()
	wg.Wait()
	fmt.Println()
}
