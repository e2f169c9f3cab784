// A worker sends results every 3 ms; main selects on them with a fresh
// 10 ms timeout each round and quits on a done channel closed after the
// third result. Timeouts never fire: each round's deadline is far away.
package main

import (
	"fmt"
	"time"
)

func main() {
	results := make(chan int)
	done := make(chan struct{})
	go func() {
		for i := range 3 {
			time.Sleep(3 * time.Millisecond)
			results <- i
		}
		close(done)
	}()
	for {
		select {
		case v := <-results:
			fmt.Println("result", v)
		case <-time.After(10 * time.Millisecond):
			fmt.Println("timeout")
		case <-done:
			fmt.Println("done")
			return
		}
	}
}
