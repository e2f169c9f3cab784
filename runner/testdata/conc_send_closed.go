// Sending on a closed channel panics, even on a buffered one with room.
package main

import "fmt"

func main() {
	ch := make(chan int, 10)
	for i := 0; i < 3; i++ {
		ch <- i
	}
	close(ch)
	fmt.Println("buffered values survive close:", len(ch))
	for v := range ch {
		fmt.Println("drain", v)
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		ch <- 99
	}()
	fmt.Println("sending again without recover")
	ch <- 100
}
