// A goroutine ranges over a channel and reports each value; main closes the
// channel after its sends and reports the close. The close may be reported
// before or after the consumer has printed what is still buffered.
package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	done := make(chan bool)
	go func() {
		for v := range ch {
			fmt.Println("item", v)
		}
		fmt.Println("range ended")
		done <- true
	}()
	ch <- 1
	ch <- 2
	close(ch)
	fmt.Println("closed")
	<-done
}
