package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

// A worker pool over a results channel; the first failing job cancels the
// rest. Which jobs ran before the cancel depends on the schedule.
func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	jobs := make(chan int)
	results := make(chan string, 4)
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Go(func() {
			for j := range jobs {
				if ctx.Err() != nil {
					results <- fmt.Sprintf("skip%d", j)
					continue
				}
				if j == 1 {
					cancel(errors.New("job 1 failed"))
					results <- "fail1"
					continue
				}
				results <- fmt.Sprintf("ok%d", j)
			}
		})
	}
	go func() {
		defer close(jobs)
		for j := 0; j < 4; j++ {
			select {
			case jobs <- j:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(results) }()
	n := 0
	for r := range results {
		if r[0] == 'o' {
			n++
		}
		if r == "fail1" {
			fmt.Println("failed after", n, "ok")
		}
	}
	fmt.Println("ok total", n, context.Cause(ctx))
}
