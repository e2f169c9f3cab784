// `go copy(dst, src)`: the copy builtin as a goroutine body, racing with
// main's print of dst after some work.
//
// outcomes: min-reached=2
package main

import "fmt"

func main() {
	dst := make([]int, 3)
	src := []int{1, 2, 3}
	go copy(dst, src)
	s := 0
	for j := 0; j < 200000; j++ {
		s += j & 1
	}
	fmt.Println(dst, s > 0)
}
