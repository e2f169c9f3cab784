// errgroup.WithContext: the first error cancels the group's context, and a
// sibling that checks the context sees the cancellation or not, depending on
// whether the failing goroutine ran first. Wait returns the first error.
package main

import (
	"context"
	"errors"
	"fmt"

	"golang.org/x/sync/errgroup"
)

func main() {
	g, ctx := errgroup.WithContext(context.Background())
	results := make(chan string, 2)
	g.Go(func() error {
		return errors.New("fail")
	})
	g.Go(func() error {
		select {
		case <-ctx.Done():
			results <- "cancelled: " + context.Cause(ctx).Error()
			return ctx.Err()
		default:
			results <- "finished"
			return nil
		}
	})
	err := g.Wait()
	close(results)
	fmt.Println("wait:", err)
	for r := range results {
		fmt.Println(r)
	}
}
