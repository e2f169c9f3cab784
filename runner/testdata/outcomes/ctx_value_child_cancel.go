// Cancellation through a context.WithValue layer: a goroutine waits on the
// value context's Done and prints its value; main prints before or after
// cancelling, and the goroutine's print lands in between or after.
//
// outcomes: min-reached=2
package main

import (
	"context"
	"fmt"
)

type key struct{}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	vctx := context.WithValue(ctx, key{}, "req-1")
	done := make(chan bool)
	go func() {
		<-vctx.Done()
		fmt.Println(vctx.Value(key{}), vctx.Err())
		done <- true
	}()
	cancel()
	fmt.Println("cancelled")
	<-done
}
