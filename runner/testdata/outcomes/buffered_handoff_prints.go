// A producer sends two values into a buffer of one and prints after each
// send; the consumer prints what it receives. With a buffer the producer
// can run ahead by one value: which prints interleave is the scheduler's.
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	done := make(chan struct{})
	go func() {
		for i := 1; i <= 2; i++ {
			ch <- i
			fmt.Println("sent", i)
		}
		close(ch)
	}()
	go func() {
		for v := range ch {
			fmt.Println("got", v)
		}
		close(done)
	}()
	<-done
}
