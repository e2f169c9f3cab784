// len and cap of a buffered channel that a consumer drains concurrently:
// cap never changes, len depends on how far the consumer got.
package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	done := make(chan bool)
	go func() {
		<-ch
		<-ch
		done <- true
	}()
	l, c := len(ch), cap(ch)
	<-done
	fmt.Println(l, c, len(ch))
}
