// reflect.Swapper on a slice of structs (Go's general case, three
// typedmemmoves) while a goroutine reads an element: the swap races.
package main

import (
	"reflect"
	"time"
)

type pair struct{ a, b int }

func main() {
	s := []pair{{2, 0}, {1, 0}}
	go func() {
		println(s[1].a)
	}()
	time.Sleep(10 * time.Millisecond)
	reflect.Swapper(s)(0, 1)
	println(s[0].a, s[1].a)
}
