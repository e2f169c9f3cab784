// When every goroutine waits, Go's idle P sleeps in epoll_wait, whose
// timeout is whole milliseconds and at least one: A's 1µs sleep and B's
// 900µs one end in the same look at the timers, and at GOMAXPROCS=1 B,
// readied last, runs first and prints 0 (281+83 of 300+300 runs).
// Interleave woke the clock at A's deadline, so A always ran first: never
// 0 (audit11).
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

var x atomic.Int32

func main() {
	done := make(chan bool)
	go func() {
		time.Sleep(time.Microsecond)
		x.Store(1)
	}()
	go func() {
		time.Sleep(900 * time.Microsecond)
		fmt.Println(x.Load())
		done <- true
	}()
	<-done
}
