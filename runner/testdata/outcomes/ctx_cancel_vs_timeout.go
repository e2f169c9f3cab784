// A WithTimeout context is cancelled explicitly by a goroutine at about the
// time its deadline passes: Err is Canceled or DeadlineExceeded, whichever
// came first, and never changes afterwards.
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
	go func() {
		time.Sleep(5 * time.Millisecond)
		cancel()
	}()
	<-ctx.Done()
	e1 := ctx.Err()
	time.Sleep(10 * time.Millisecond)
	fmt.Println(e1, e1 == ctx.Err())
}
