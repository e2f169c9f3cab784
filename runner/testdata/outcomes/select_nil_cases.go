// A select whose nil-channel cases can never proceed: only the ready
// channel or default can be chosen; which depends on whether the sender
// ran first.
package main

import "fmt"

func main() {
	var nilc chan int
	ready := make(chan int, 1)
	go func() { ready <- 7 }()
	for i := 0; i < 2; i++ {
		select {
		case v := <-nilc:
			fmt.Println("nil recv", v)
		case nilc <- 1:
			fmt.Println("nil send")
		case v := <-ready:
			fmt.Println("ready", v)
		default:
			fmt.Println("default")
		}
	}
}
