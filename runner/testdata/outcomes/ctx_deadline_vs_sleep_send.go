// context.WithDeadline 30 ms ahead against a goroutine that sleeps 30 ms
// and sends: both are due at the same instant, either may win the select.
//
// outcomes: min-reached=2
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithDeadline(context.Background(), time.Now().Add(30*time.Millisecond))
	defer cancel()
	ch := make(chan string, 1)
	go func() {
		time.Sleep(30 * time.Millisecond)
		ch <- "work"
	}()
	select {
	case <-ctx.Done():
		fmt.Println(ctx.Err())
	case s := <-ch:
		fmt.Println(s)
	}
}
