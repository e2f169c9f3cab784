// context.AfterFunc on a context already cancelled starts f at once in a
// goroutine of its own: f's print races with main's.
package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	done := make(chan bool)
	context.AfterFunc(ctx, func() {
		fmt.Println("after func")
		done <- true
	})
	fmt.Println("main")
	<-done
}
