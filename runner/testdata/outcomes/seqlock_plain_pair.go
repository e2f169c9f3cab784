// A seqlock: the writer makes the sequence odd, stores a and b (plain),
// makes it even; the reader retries until it read both under one even
// sequence. Whatever version it catches under one even sequence, the pair
// is consistent (TSO keeps the plain stores in order between the atomic
// adds). "false" only when the reader gives up: it read a torn pair, and
// the writer stalled inside its next version (sequence odd) for all of the
// reader's remaining tries — the reader's loop is bounded, so it ends by
// itself while the writer waits (the fairness rule used to make the reader
// yield after 8 tries).
// outcomes: min-reached=2
package main

import (
	"fmt"
	"sync/atomic"
)

var a, b int64

func main() {
	var seq atomic.Int64
	done := make(chan bool)
	go func() {
		for k := int64(1); k <= 3; k++ {
			seq.Add(1)
			a = k
			b = k
			seq.Add(1)
		}
		done <- true
	}()
	var x, y int64
	tries := 0
	for tries < 50 {
		tries++
		s1 := seq.Load()
		if s1%2 == 1 {
			continue
		}
		x, y = a, b
		if seq.Load() == s1 {
			break
		}
	}
	<-done
	fmt.Println(x == y, x)
}
