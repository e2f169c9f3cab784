// A racy spin on a struct field reached through a pointer, set by a
// goroutine that also prints.
package main

import "fmt"

type state struct {
	v    int
	done bool
}

func main() {
	s := &state{}
	go func() {
		fmt.Println("setter")
		s.v = 7
		s.done = true
	}()
	for !s.done {
	}
	fmt.Println("main", s.v)
}
