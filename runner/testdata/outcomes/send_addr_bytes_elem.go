// A blocked send of a byte element (b[1] of a []byte) and of a bool
// element of a global array: each is read from its address at the
// hand-off.
package main

import (
	"fmt"
	"time"
)

var flags [4]bool

func main() {
	b := []byte("ab")
	ch := make(chan byte)
	fch := make(chan bool)
	go func() { ch <- b[1] }()
	go func() { fch <- flags[2] }()
	time.Sleep(time.Millisecond)
	b[1] = 'z'
	flags[2] = true
	fmt.Println(string(<-ch), <-fch)
}
