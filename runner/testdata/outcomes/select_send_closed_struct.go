// select with a send case on a channel of structs that another goroutine
// may close first: the send panics, or succeeds into the buffer.
//
// outcomes: min-reached=2
package main

import "fmt"

type job struct {
	id   int
	name string
}

func main() {
	ch := make(chan job, 1)
	done := make(chan bool)
	go func() {
		close(ch)
		done <- true
	}()
	select {
	case ch <- job{1, "a"}:
		fmt.Println("sent")
	case <-done:
		fmt.Println("done first")
	}
}
