// A parent cancelled with a cause and a child cancelled on its own, racing:
// the child's Cause is the parent's cause if the parent got there first,
// else its own; its Err is Canceled either way.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

func main() {
	parent, cancelParent := context.WithCancelCause(context.Background())
	child, cancelChild := context.WithCancelCause(parent)
	var wg sync.WaitGroup
	wg.Go(func() { cancelParent(errors.New("parent cause")) })
	wg.Go(func() { cancelChild(errors.New("child cause")) })
	wg.Wait()
	fmt.Println(child.Err(), "|", context.Cause(child), "|", context.Cause(parent))
}
