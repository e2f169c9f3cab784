// semaphore.Weighted of size 2: a goroutine holding 2 releases them while
// main tries TryAcquire(1) and then blocks in Acquire(2).
package main

import (
	"context"
	"fmt"

	"golang.org/x/sync/semaphore"
)

func main() {
	sem := semaphore.NewWeighted(2)
	sem.Acquire(context.Background(), 2)
	go sem.Release(2)
	got := sem.TryAcquire(1)
	if got {
		sem.Release(1)
	}
	if err := sem.Acquire(context.Background(), 2); err != nil {
		fmt.Println(err)
	}
	fmt.Println("try", got)
}
