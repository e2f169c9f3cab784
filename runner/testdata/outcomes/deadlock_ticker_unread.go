// A ticker nobody reads does not keep Go from reporting a deadlock: since
// Go 1.23 a channel timer is in a P's heap only while a goroutine is
// blocked on its channel, and runtime.checkdead sees no timer. The worker
// reads one tick, then everyone blocks while the ticker runs on unread.
package main

import (
	"fmt"
	"time"
)

func main() {
	tk := time.NewTicker(time.Millisecond)
	results := make(chan int)
	go func() {
		<-tk.C
		fmt.Println("tick")
		results <- 1
	}()
	go fmt.Println("other")
	<-results
	fmt.Println("got one")
	<-results
}
