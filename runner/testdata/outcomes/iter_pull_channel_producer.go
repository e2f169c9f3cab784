// iter.Pull over a sequence that receives from a channel fed by a producer:
// next blocks inside the coroutine until the producer sends; the prints of
// the two sides interleave as the hand-offs allow.
package main

import (
	"fmt"
	"iter"
)

func main() {
	ch := make(chan int)
	go func() {
		for i := range 2 {
			fmt.Println("send", i)
			ch <- i
		}
		close(ch)
	}()
	seq := func(yield func(int) bool) {
		for v := range ch {
			if !yield(v) {
				return
			}
		}
	}
	next, stop := iter.Pull(seq)
	defer stop()
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println("got", v)
	}
}
