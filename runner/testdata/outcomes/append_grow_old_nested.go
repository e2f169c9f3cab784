// append grows a slice of structs holding an array of structs and a
// pointer; another goroutine reads the old backing array's element while
// main writes the new one: the old element keeps its value (the copy is
// deep for arrays and structs, the pointer is shared).
package main

import (
	"fmt"
)

type E struct {
	a [2]struct {
		s string
		n int
	}
	p *int
}

var pv = 7

func show(x E) string { return fmt.Sprint(x.a, x.p != nil) }

func main() {
	s := make([]E, 1, 1)
	s[0] = E{p: &pv}
	old := s
	got := make(chan string)
	go func() { got <- show(old[0]) }()
	s = append(s, E{})
	s[0] = E{}
	s[0].a[1].n = 9
	s[0].a[0].s = "x"
	r := <-got
	fmt.Println(r, show(old[0]), show(s[0]), len(s), cap(old))
}
