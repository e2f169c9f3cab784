// fmt.Printf("%v") of a struct holding a slice, while a goroutine copies
// new values into the slice: Go's fmt reads the elements one at a time.
//
// outcomes: min-reached=2
package main

import "fmt"

type rec struct {
	name string
	vals []int
}

func main() {
	r := rec{"r", make([]int, 4)}
	go copy(r.vals, []int{1, 2, 3, 4})
	n := 0
	for j := 0; j < 100000; j++ {
		n += j & 1
	}
	fmt.Printf("%v %v\n", r, n > 0)
}
