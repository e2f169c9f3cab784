// A select lists the same channel twice; both cases are ready and each is
// chosen about half the time. A nil-channel send case with a default never
// blocks.
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 5
	var nilc chan int
	select {
	case v := <-ch:
		fmt.Println("first", v)
	case v := <-ch:
		fmt.Println("second", v)
	}
	select {
	case nilc <- 1:
		fmt.Println("sent on nil")
	default:
		fmt.Println("default")
	}
}
