// fmt.Println of a slice while a goroutine stores its elements one by one:
// Go's fmt reads the elements one at a time (printValue through reflect),
// so besides a prefix of the stores it can show a later element written
// and an earlier one not yet.
//
// outcomes: min-reached=2
package main

import "fmt"

func main() {
	s := make([]int, 3)
	go func() {
		s[0] = 1
		s[1] = 2
		s[2] = 3
	}()
	n := 0
	for j := 0; j < 100000; j++ {
		n += j & 1
	}
	fmt.Println(s, n > 0)
}
