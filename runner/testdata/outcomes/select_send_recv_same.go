// A select with a send and a receive on the same buffered channel of
// capacity 1: on the empty buffer only the send is ready, on the full one
// only the receive. Of two goroutines running it, the first sends and the
// second receives the first's value.
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	res := make(chan string, 2)
	for _, id := range []int{1, 2} {
		go func() {
			select {
			case ch <- id:
				res <- fmt.Sprint(id, " sent")
			case v := <-ch:
				res <- fmt.Sprint(id, " got ", v)
			}
		}()
	}
	a, b := <-res, <-res
	if a > b {
		a, b = b, a
	}
	fmt.Println(a, "/", b, "/", len(ch))
}
