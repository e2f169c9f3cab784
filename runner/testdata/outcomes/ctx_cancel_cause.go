// Two goroutines cancel one context with different causes; the first
// cancel wins: context.Cause reports its cause, and ctx.Err is Canceled.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	var wg sync.WaitGroup
	for _, c := range []string{"a", "b"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cancel(errors.New(c))
		}()
	}
	wg.Wait()
	fmt.Println(ctx.Err(), context.Cause(ctx))
}
