// Both sides print around an unbuffered hand-off: the prints after the
// hand-off can come in either order.
package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		fmt.Println("sender before")
		ch <- 1
		fmt.Println("sender after")
		done <- true
	}()
	v := <-ch
	fmt.Println("received", v)
	<-done
}
