// fmt.Println(p) of a *struct while a goroutine overwrites the struct with
// a whole-value store: Go's fmt reads the fields one at a time, so it may
// print a mix of the old and the new value.
//
// outcomes: min-reached=2
package main

import "fmt"

type pair struct{ a, b, c int }

func main() {
	p := &pair{}
	go func() { *p = pair{1, 2, 3} }()
	n := 0
	for j := 0; j < 100000; j++ {
		n += j & 1
	}
	fmt.Println(p, n > 0)
}
