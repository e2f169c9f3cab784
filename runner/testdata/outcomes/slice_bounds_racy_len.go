// Index check against a length read earlier: a goroutine shrinks the
// shared slice between main's check and its index, so main may panic with
// index out of range.
//
// outcomes: min-reached=2
package main

import "fmt"

var items = []string{"a", "b", "c"}

func main() {
	go func() { items = items[:1] }()
	if len(items) > 2 {
		s := 0
		for j := 0; j < 100000; j++ {
			s += j & 1
		}
		fmt.Println(items[2], s > 0)
	} else {
		fmt.Println("short")
	}
}
