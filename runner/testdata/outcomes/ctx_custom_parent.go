// A child of a context type the context package does not know: cancelling
// the parent reaches the child through a goroutine the package starts
// (propagateCancel), so right after the parent's Done closes, the child
// may still be open.
package main

import (
	"context"
	"fmt"
	"time"
)

type myCtx struct {
	done chan struct{}
}

func (c *myCtx) Deadline() (time.Time, bool) { return time.Time{}, false }
func (c *myCtx) Done() <-chan struct{}       { return c.done }
func (c *myCtx) Value(any) any               { return nil }
func (c *myCtx) Err() error {
	select {
	case <-c.done:
		return context.Canceled
	default:
		return nil
	}
}

func main() {
	parent := &myCtx{done: make(chan struct{})}
	child, cancel := context.WithCancel(parent)
	defer cancel()
	close(parent.done)
	select {
	case <-child.Done():
		fmt.Println("child done", child.Err())
	default:
		fmt.Println("child open", child.Err())
	}
	<-child.Done()
	fmt.Println("finally", child.Err())
}
