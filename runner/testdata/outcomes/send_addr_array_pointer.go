// A blocked send of an element of a global array of pointers: gc sends
// from &ptrs[1], so the receiver gets the pointer stored there while the
// sender waited.
package main

import (
	"fmt"
	"time"
)

var ptrs [2]*int

func main() {
	a, b := 1, 2
	ptrs[1] = &a
	ch := make(chan *int)
	go func() { ch <- ptrs[1] }()
	time.Sleep(time.Millisecond)
	ptrs[1] = &b
	fmt.Println(*<-ch)
}
