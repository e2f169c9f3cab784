// A consumer waits for a producer that sends every 2 ms with a select
// against time.After(100 µs). When every goroutine waits, Go's idle P
// sleeps in epoll_wait, whose timeout is whole milliseconds and at least
// one, so each 100 µs timeout usually fires a millisecond late: two
// timeouts take until the producer's first send, and the consumer takes
// it (T T 0, then T T). Each such wake is late with no other timer due by
// then; before natural13 the model offered a late wake only beside such a
// timer, so the consumer always timed out five times at 100 µs intervals
// ("[T T T T T]"), which real Go rarely shows. The program prints whether
// the first three selects went timeout, timeout, value: other orders
// there come from the machine being later than the model's windows.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		for i := range 5 {
			time.Sleep(2 * time.Millisecond)
			ch <- i
		}
	}()
	var out []string
	for range 5 {
		select {
		case v := <-ch:
			out = append(out, fmt.Sprint(v))
		case <-time.After(100 * time.Microsecond):
			out = append(out, "T")
		}
	}
	fmt.Println("T T 0 first:", fmt.Sprint(out[:3]) == "[T T 0]")
}
