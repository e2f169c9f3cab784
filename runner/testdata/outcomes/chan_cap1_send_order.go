// A capacity-1 channel: the second send waits until the receiver has taken
// the first value; the prints on both sides race, so "sent 2" can precede
// "recv 1" (real Go: about one run in ten), but never "sent 1".
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	done := make(chan bool)
	go func() {
		for v := range ch {
			fmt.Println("recv", v)
		}
		done <- true
	}()
	ch <- 1
	fmt.Println("sent 1")
	ch <- 2
	fmt.Println("sent 2")
	close(ch)
	<-done
}
