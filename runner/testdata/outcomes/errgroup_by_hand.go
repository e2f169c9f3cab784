// A hand-written errgroup: the first error cancels the others through a
// context; each worker reports whether it saw the cancellation.
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
	var once sync.Once
	var first error
	fail := func(err error) {
		once.Do(func() {
			first = err
			cancel(err)
		})
	}
	for i := 1; i <= 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fail(fmt.Errorf("worker %d failed", i))
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		if ctx.Err() != nil {
			fmt.Println("observer: already cancelled")
			return
		}
		fmt.Println("observer: not yet")
	}()
	wg.Wait()
	fmt.Println(first, errors.Is(context.Cause(ctx), first))
}
