// A pointer sent on a channel, then written by the sender: the receiver's
// read of the field races with the write, so it sees the value before or
// after it (an unbuffered hand-off lets the sender run on first).
//
// outcomes: min-reached=2
package main

import "fmt"

type box struct{ v int }

func main() {
	ch := make(chan *box)
	go func() {
		b := &box{v: 1}
		ch <- b
		b.v = 2
	}()
	b := <-ch
	fmt.Println(b.v)
}
