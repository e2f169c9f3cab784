// reflect.Swapper: each case of Go's (pointer word, string, 8/4/2/1 bytes,
// general) swaps, and panics on a bad index as Go's does: a runtime index
// error in the fast cases, "reflect: slice index out of range" otherwise.
package main

import (
	"fmt"
	"reflect"
)

type big struct{ a, b, c int }

func try(f func(i, j int), i, j int) {
	defer func() { fmt.Println(i, j, recover()) }()
	f(i, j)
}

func main() {
	for _, s := range []any{[]int{1, 2, 3}, []string{"a", "b", "c"}, []*int{nil, nil, nil}, []big{{}, {}, {}}, []byte{1, 2, 3}, []int32{1, 2, 3}, []int16{1, 2, 3}, []float64{1, 2, 3}, [][2]int{{1}, {2}, {3}}, []int{1}, []int{}} {
		f := reflect.Swapper(s)
		if reflect.ValueOf(s).Len() == 3 {
			f(0, 2)
			fmt.Println(s)
		}
		try(f, 5, 7)
		try(f, 1, 7)
		try(f, 7, 1)
		try(f, -1, 0)
	}
}
