// main polls ctx.Done() once with a default while a goroutine cancels, and
// then reads Err: Done closed implies Err non-nil; Done open may be seen
// with Err still nil or already set.
package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan bool)
	go func() {
		cancel()
		done <- true
	}()
	select {
	case <-ctx.Done():
		fmt.Println("done", ctx.Err())
	default:
		fmt.Println("open", ctx.Err())
	}
	<-done
}
