// fmt.Println of a []any while a goroutine stores values of other kinds
// into its elements: Go's fmt reads the interface elements one at a time.
//
// outcomes: min-reached=2
package main

import "fmt"

func main() {
	s := []any{0, 0, 0}
	go func() {
		s[0] = "a"
		s[1] = 2.5
		s[2] = "c"
	}()
	n := 0
	for j := 0; j < 100000; j++ {
		n += j & 1
	}
	fmt.Println(s, n > 0)
}
