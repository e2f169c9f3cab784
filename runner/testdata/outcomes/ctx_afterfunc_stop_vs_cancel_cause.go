// context.AfterFunc's stop races a goroutine's cancel with a cause:
// stop wins (true, the cause is whichever cancel came first) or the
// cancel ran the function first (false, and it saw the goroutine's cause).
//
// outcomes: min-reached=2 real-runs=150
package main

import (
	"context"
	"errors"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	out := make(chan string, 1)
	stop := context.AfterFunc(ctx, func() { out <- fmt.Sprint("af ", context.Cause(ctx)) })
	done := make(chan bool)
	go func() {
		cancel(errors.New("g"))
		done <- true
	}()
	stopped := stop()
	cancel(errors.New("m"))
	<-done
	fmt.Println(stopped, context.Cause(ctx))
	if !stopped {
		fmt.Println(<-out)
	}
}
