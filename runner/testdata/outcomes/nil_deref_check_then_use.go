// Check-then-act on a plain pointer: main checks p != nil, works, then
// uses p; a goroutine sets p = nil meanwhile. Either main prints the
// value, or it dereferences nil and dies.
//
// outcomes: min-reached=2
package main

import "fmt"

type node struct{ v int }

var p = &node{v: 7}

func work() int {
	s := 0
	for j := 0; j < 100000; j++ {
		s += j & 1
	}
	return s
}

func main() {
	go func() { p = nil }()
	if p != nil {
		work()
		fmt.Println(p.v)
	} else {
		fmt.Println("nil")
	}
}
