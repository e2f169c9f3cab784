// A sender blocks on a full buffered channel; main closes it. The blocked
// send panics "send on closed channel", and main may drain the buffer and
// print before the panic ends the process.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int, 1)
	go func() {
		ch <- 1
		ch <- 2 // blocks: the buffer is full
	}()
	time.Sleep(10 * time.Millisecond)
	close(ch)
	for v := range ch {
		fmt.Println("got", v)
	}
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main done")
}
