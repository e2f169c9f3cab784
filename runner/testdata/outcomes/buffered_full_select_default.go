// A select sending with default on a channel whose buffer a consumer is
// draining: the send lands or the default is taken, by schedule.
package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	done := make(chan int)
	go func() { done <- <-ch }()
	sent := false
	select {
	case ch <- 3:
		sent = true
	default:
	}
	first := <-done
	fmt.Println(first, sent, len(ch))
}
