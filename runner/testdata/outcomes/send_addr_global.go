// A blocked send of a global reads it at the hand-off, not at the send
// statement: gc passes the variable's address to chansend (order.go's
// addrTemp for an addressable operand), and the receiver copies from it
// when it takes the value. The sender parks long before main's write, and
// the receiver still gets the written value (a data race, so Go may).
package main

import (
	"fmt"
	"time"
)

var x int

func main() {
	ch := make(chan int)
	go func() { ch <- x }()
	time.Sleep(time.Millisecond)
	x = 1
	fmt.Println(<-ch)
}
