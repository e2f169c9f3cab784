// A select receiving from a channel whose sender is parked with its
// operand's address: the select's receive copies the value then, so it
// sees main's write; a buffered channel's refill from a parked sender
// happens at the select's receive too.
package main

import (
	"fmt"
	"time"
)

var x, y int

func main() {
	ch := make(chan int)
	bch := make(chan int, 1)
	bch <- 5
	go func() { ch <- x }()
	go func() { bch <- y }()
	time.Sleep(time.Millisecond)
	x, y = 1, 2
	var a int
	select {
	case a = <-ch:
	case <-time.After(time.Second):
	}
	var b int
	select {
	case b = <-bch:
	case <-time.After(time.Second):
	}
	y = 3
	fmt.Println(a, b, <-bch)
}
