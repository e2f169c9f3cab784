// Two goroutines race to become leader with CompareAndSwap; exactly one
// wins, and which one is the scheduler's.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var leader atomic.Int32
	var wg sync.WaitGroup
	msgs := make(chan string, 2)
	for id := int32(1); id <= 2; id++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if leader.CompareAndSwap(0, id) {
				msgs <- fmt.Sprint("leader ", id)
			} else {
				msgs <- fmt.Sprint("follower ", id)
			}
		}()
	}
	wg.Wait()
	close(msgs)
	n := 0
	for m := range msgs {
		if m[0] == 'l' {
			n++
		}
	}
	fmt.Println("leaders:", n, "winner:", leader.Load())
}
