// errgroup with SetLimit(1): TryGo fails while the first goroutine is
// active and succeeds after it returned; Wait returns the first error.
package main

import (
	"errors"
	"fmt"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	g.SetLimit(1)
	release := make(chan struct{})
	g.Go(func() error {
		<-release
		return errors.New("first")
	})
	ok1 := g.TryGo(func() error { return errors.New("second") })
	close(release)
	ok2 := g.TryGo(func() error { return errors.New("third") })
	fmt.Println(ok1, ok2, g.Wait())
}
