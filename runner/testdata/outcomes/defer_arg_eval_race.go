// A deferred call's argument is evaluated at the defer statement: a
// goroutine's racy write of x may land before the defer, between it and
// the last print, or after both.
//
// outcomes: min-reached=2
package main

import "fmt"

var x int

func work() int {
	s := 0
	for j := 0; j < 100000; j++ {
		s += j & 1
	}
	return s
}

func main() {
	go func() { x = 1 }()
	work()
	defer fmt.Println("deferred", x)
	work()
	fmt.Println("last", x)
}
