// context.AfterFunc's stop races with cancel: if stop comes first it
// returns true and f never runs; otherwise f runs (in its own goroutine)
// and stop returns false.
package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	ran := make(chan bool, 1)
	stop := context.AfterFunc(ctx, func() { ran <- true })
	go cancel()
	stopped := stop()
	if stopped {
		fmt.Println("stopped")
		return
	}
	fmt.Println("not stopped, ran", <-ran)
}
