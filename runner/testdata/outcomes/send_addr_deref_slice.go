// A blocked send of *p, a slice: gc nil-checks p at the statement and sends
// from p itself, so the receiver gets the slice header stored through p
// while the sender waited; a global array sent whole is read at the
// hand-off too.
package main

import (
	"fmt"
	"time"
)

var arr [3]int

func main() {
	p := new([]int)
	*p = []int{1}
	ch := make(chan []int)
	ach := make(chan [3]int)
	go func() { ch <- *p }()
	go func() { ach <- arr }()
	time.Sleep(time.Millisecond)
	*p = []int{7, 8}
	arr = [3]int{4, 5, 6}
	fmt.Println(<-ch, <-ach)
}
