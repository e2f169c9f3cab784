// A task of an errgroup panics while another returns an error: the panic
// either ends the program in the task's goroutine or is re-raised by Wait,
// depending on the x/sync version; main's prints show how far it got.
package main

import (
	"errors"
	"fmt"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	g.Go(func() error { return errors.New("plain error") })
	g.Go(func() error { panic("task panicked") })
	fmt.Println("waiting")
	err := g.Wait()
	fmt.Println("wait returned", err)
}
