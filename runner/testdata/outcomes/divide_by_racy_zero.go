// A divisor read from a plain global that a goroutine zeroes: main's
// division panics with the runtime error, or prints.
//
// outcomes: min-reached=2
package main

import "fmt"

var div = 4

func main() {
	go func() { div = 0 }()
	s := 0
	for j := 0; j < 200000; j++ {
		s += j & 1
	}
	fmt.Println(s / div)
}
