// A spinner goroutine waits on a plain flag that main sets after starting
// it (and after printing, a scheduling point where the spinner may start
// spinning first); main then waits for it on a channel.
package main

import "fmt"

var stop bool

func main() {
	done := make(chan bool)
	go func() {
		for !stop {
		}
		fmt.Println("spinner saw stop")
		done <- true
	}()
	fmt.Println("main")
	stop = true
	<-done
}
