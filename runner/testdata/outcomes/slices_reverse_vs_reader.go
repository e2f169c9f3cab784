// A goroutine reverses a shared slice with slices.Reverse while main reads
// its two ends without synchronisation: main may see the slice before,
// after, or half-way through the swap of the ends (s[0] written, s[3] not).
// outcomes: min-reached=2
package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []int{1, 2, 3, 4}
	done := make(chan bool)
	go func() {
		slices.Reverse(s)
		done <- true
	}()
	a := s[0]
	b := s[3]
	<-done
	fmt.Println(a, b)
}
