// A select with up to four ready cases of different kinds (a buffered
// value, a closed channel, room to send, a goroutine's send on an
// unbuffered channel once it is blocked): each case can be taken.
package main

import "fmt"

func main() {
	buf := make(chan int, 1)
	buf <- 1
	closed := make(chan int)
	close(closed)
	room := make(chan int, 1)
	hand := make(chan int)
	go func() { hand <- 4 }()
	select {
	case v := <-buf:
		fmt.Println("buf", v)
	case v, ok := <-closed:
		fmt.Println("closed", v, ok)
	case room <- 3:
		fmt.Println("room")
	case v := <-hand:
		fmt.Println("hand", v)
	}
}
