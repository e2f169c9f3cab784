// panic(fmt.Errorf("...: %w", err)) in one of two workers, chosen by which
// finishes first via a buffered channel; the panic text shows which.
//
// outcomes: min-reached=2
package main

import (
	"errors"
	"fmt"
)

var errDisk = errors.New("disk full")

func main() {
	first := make(chan string, 2)
	for _, w := range []string{"w1", "w2"} {
		go func() { first <- w }()
	}
	w := <-first
	panic(fmt.Errorf("%s: %w", w, errDisk))
}
