// errgroup with SetLimit(1): TryGo succeeds only when the first task has
// already finished and released its slot.
//
// outcomes: min-reached=2
package main

import (
	"fmt"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	g.SetLimit(1)
	out := make(chan string, 2)
	g.Go(func() error { out <- "first"; return nil })
	ok := g.TryGo(func() error { out <- "second"; return nil })
	g.Wait()
	close(out)
	fmt.Print(ok)
	for s := range out {
		fmt.Print(" ", s)
	}
	fmt.Println()
}
