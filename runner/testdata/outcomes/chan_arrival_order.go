// A producer hands off its first value, works, then sends its second; a
// second producer started meanwhile can queue before it. Interleave queues a
// goroutine at the end of the step that reached its send, so the arrival
// order among waiters is a choice where the queue is served (popWaiter).
package main

import "fmt"

var sink int

func main() {
	ch := make(chan string)
	go func() {
		ch <- "a1"
		n := 0
		for i := range 200_000 {
			n += i & 3
		}
		sink = n
		ch <- "a2"
	}()
	fmt.Print(<-ch, " ")
	go func() { ch <- "b1" }()
	fmt.Print(<-ch, " ")
	fmt.Println(<-ch)
}
