// context.AfterFunc on a WithCancelCause context cancelled by a goroutine:
// the AfterFunc's own goroutine reads the cause; main, woken by Done,
// prints before or after it.
package main

import (
	"context"
	"errors"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	got := make(chan string, 1)
	context.AfterFunc(ctx, func() {
		fmt.Println("afterfunc")
		got <- context.Cause(ctx).Error()
	})
	go cancel(errors.New("shutdown"))
	<-ctx.Done()
	fmt.Println("main", context.Cause(ctx))
	fmt.Println(<-got)
}
