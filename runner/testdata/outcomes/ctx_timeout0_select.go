// A context whose timeout is zero is cancelled when it is made: its Done
// channel is closed, so a select between it and a ready channel picks
// either, and Err is DeadlineExceeded either way.
package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 0)
	defer cancel()
	ready := make(chan int, 1)
	ready <- 1
	select {
	case <-ctx.Done():
		fmt.Println("done", ctx.Err())
	case v := <-ready:
		fmt.Println("ready", v, ctx.Err())
	}
}
