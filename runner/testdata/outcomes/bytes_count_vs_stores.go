// bytes.Count reads the buffer from its start to its end while a
// goroutine stores an x at the start and then removes the one at the end:
// a count of 0 reads the start before the first store and the end after
// the second, which no single read of the whole buffer gives.
package main

import (
	"bytes"
	"fmt"
	"sync/atomic"
)

func main() {
	const n = 1 << 12
	b := bytes.Repeat([]byte("."), n)
	b[n-1] = 'x'
	var ready, counting atomic.Bool
	done := make(chan int)
	go func() {
		ready.Store(true)
		for !counting.Load() {
		}
		b[0] = 'x'
		b[n-1] = '.'
		done <- 1
	}()
	for !ready.Load() {
	}
	counting.Store(true)
	c := bytes.Count(b, []byte("x"))
	<-done
	fmt.Println(c)
}
