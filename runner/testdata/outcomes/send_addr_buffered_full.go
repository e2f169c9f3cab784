// A send blocked on a full buffer reads its operand when a receive frees
// the slot: chansend parks with the variable's address, and recv copies
// it into the buffer then (runtime/chan.go). Writes after that are not
// seen. (The sleep is long: a sender still not parked after it would send
// the later value straight into the buffer.)
package main

import (
	"fmt"
	"time"
)

var x int

func main() {
	ch := make(chan int, 1)
	ch <- 10
	go func() { ch <- x }()
	time.Sleep(20 * time.Millisecond)
	x = 1
	a := <-ch
	x = 2
	b := <-ch
	fmt.Println(a, b)
}
