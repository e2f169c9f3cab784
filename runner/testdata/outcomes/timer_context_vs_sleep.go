// The classic timeout: a context deadline and a worker that needs exactly
// as long. Either the result or the deadline wins.
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer cancel()
	res := make(chan string, 1)
	go func() {
		time.Sleep(5 * time.Millisecond)
		res <- "done"
	}()
	select {
	case r := <-res:
		fmt.Println("result:", r)
	case <-ctx.Done():
		fmt.Println("error:", ctx.Err())
	}
}
