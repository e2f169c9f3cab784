// A nil send case is never chosen; the select waits for the goroutine's
// send, or a second select with a default takes the default before it.
package main

import "fmt"

func main() {
	var never chan int
	ch := make(chan int)
	go func() { ch <- 5 }()
	select {
	case never <- 1:
		fmt.Println("sent on nil")
	case v := <-ch:
		fmt.Println("got", v)
	}
	go func() { ch <- 6 }()
	select {
	case never <- 1:
		fmt.Println("sent on nil")
	case v := <-ch:
		fmt.Println("got", v)
	default:
		fmt.Println("default")
	}
}
