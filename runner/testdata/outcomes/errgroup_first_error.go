// Two errgroup tasks fail with different errors; Wait returns the first
// one recorded, which depends on the schedule.
package main

import (
	"errors"
	"fmt"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	g.Go(func() error { return errors.New("first task") })
	g.Go(func() error { return errors.New("second task") })
	fmt.Println(g.Wait())
}
