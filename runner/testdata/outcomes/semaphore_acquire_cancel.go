// semaphore.Weighted: main waits in Acquire with a context while one
// goroutine releases the semaphore and another cancels the context. Either
// the release or the cancel gets there first.
package main

import (
	"context"
	"fmt"

	"golang.org/x/sync/semaphore"
)

func main() {
	sem := semaphore.NewWeighted(1)
	sem.Acquire(context.Background(), 1)
	ctx, cancel := context.WithCancel(context.Background())
	go sem.Release(1)
	go cancel()
	err := sem.Acquire(ctx, 1)
	fmt.Println("acquire:", err)
	fmt.Println("try after:", sem.TryAcquire(1))
}
