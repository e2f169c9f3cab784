// A goroutine cancels with a cause while main reads Err and then Cause:
// the cancel may fall before both reads, between them (Err nil but a cause
// already set), or after both.
package main

import (
	"context"
	"errors"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	done := make(chan bool)
	go func() {
		cancel(errors.New("boom"))
		done <- true
	}()
	err := ctx.Err()
	cause := context.Cause(ctx)
	<-done
	fmt.Println(err, cause)
}
