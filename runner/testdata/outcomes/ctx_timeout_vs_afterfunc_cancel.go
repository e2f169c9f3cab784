// A context's own timeout against a time.AfterFunc that cancels it with a
// cause, both due after 30 ms: Cause shows which came first.
//
// outcomes: min-reached=2
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	parent, cancel := context.WithCancelCause(context.Background())
	ctx, stop := context.WithTimeout(parent, 30*time.Millisecond)
	defer stop()
	time.AfterFunc(30*time.Millisecond, func() { cancel(errors.New("shutdown")) })
	<-ctx.Done()
	fmt.Println(ctx.Err(), context.Cause(ctx))
}
