// A new goroutine starts runnable and does nothing until it is scheduled:
// right after the go statement its close has usually not happened yet, and
// sometimes it has.
//
// outcomes: min-reached=2
package main

import "fmt"

func main() {
	done := make(chan struct{})
	go func() { close(done) }()
	select {
	case <-done:
		fmt.Println("closed")
	default:
		fmt.Println("open")
	}
}
