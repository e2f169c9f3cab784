// A worker finishes after 1 ms while the context times out after 100 ms
// (and another after 1 ms of a 100 ms job): far apart, so the outcome is
// fixed in both cases.
package main

import (
	"context"
	"fmt"
	"time"
)

func run(job, limit time.Duration) string {
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	done := make(chan string, 1)
	go func() {
		time.Sleep(job)
		done <- "done"
	}()
	select {
	case r := <-done:
		return r
	case <-ctx.Done():
		return ctx.Err().Error()
	}
}

func main() {
	fmt.Println(run(time.Millisecond, 100*time.Millisecond))
	fmt.Println(run(100*time.Millisecond, time.Millisecond))
}
