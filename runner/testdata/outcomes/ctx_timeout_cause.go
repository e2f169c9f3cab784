// WithTimeoutCause: a goroutine cancels at the same instant the deadline
// passes. Either the timer wins (DeadlineExceeded with the timeout's
// cause) or the cancel does (Canceled, cause context.Canceled).
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeoutCause(context.Background(), 5*time.Millisecond, errors.New("too slow"))
	go func() {
		time.Sleep(5 * time.Millisecond)
		cancel()
	}()
	<-ctx.Done()
	fmt.Println(ctx.Err(), "|", context.Cause(ctx))
}
