// A send's operand written while the sender waits: under -race gc copies
// every send operand at the statement (walk/order.go, so that a send on a
// nil channel is still instrumented as a read), so the read is reported in
// the sender at its send statement, and the receiver gets the value from
// before the write — also for a sender blocked on a full buffer and a
// struct element.
package main

import (
	"fmt"
	"time"
)

var x int

type pt struct{ a, b int }

func main() {
	ch := make(chan int)
	go func() { ch <- x }()
	time.Sleep(10 * time.Millisecond)
	x = 1
	fmt.Println(<-ch)

	s := []pt{{1, 2}}
	bch := make(chan pt, 1)
	bch <- pt{}
	go func() { bch <- s[0] }()
	time.Sleep(10 * time.Millisecond)
	s[0] = pt{3, 4}
	<-bch
	fmt.Println(<-bch)
}
