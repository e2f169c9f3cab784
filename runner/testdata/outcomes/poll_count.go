package main

import (
	"fmt"
	"sync/atomic"
)

// main polls a channel with select-default and counts its empty polls
// (capped at 3) while a goroutine does some atomic work and then sends.
func main() {
	ch := make(chan int)
	var work atomic.Int32
	go func() {
		for range 3 {
			work.Add(1)
		}
		ch <- 1
	}()
	n := 0
	for {
		select {
		case <-ch:
			fmt.Println(min(n, 3), work.Load())
			return
		default:
			n++
		}
	}
}
