// The sender waits with its operand's address; a third goroutine writes the
// variable while main receives: whichever of the write and the receive
// comes first decides the value (a data race, so Go may show both).
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"time"
)

var x int

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() { ch <- x }()
	time.Sleep(time.Millisecond)
	go func() {
		x = 1
		done <- true
	}()
	v := <-ch
	<-done
	fmt.Println(v)
}
