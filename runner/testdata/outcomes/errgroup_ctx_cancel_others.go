// errgroup.WithContext: the first error cancels the group's context; a
// second task that checks the context before or after that reports it.
package main

import (
	"context"
	"errors"
	"fmt"

	"golang.org/x/sync/errgroup"
)

func main() {
	g, ctx := errgroup.WithContext(context.Background())
	saw := make(chan string, 1)
	g.Go(func() error { return errors.New("fail") })
	g.Go(func() error {
		select {
		case <-ctx.Done():
			saw <- "cancelled"
		default:
			saw <- "running"
		}
		return nil
	})
	fmt.Println(g.Wait(), <-saw, ctx.Err())
}
