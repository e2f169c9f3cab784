// A goroutine reads s[0] while main, after some work, sorts s with
// sort.Slice, whose swaps write the elements through reflect.Swapper: the
// reader sees the element before or after the swap.
package main

import (
	"fmt"
	"sort"
)

func main() {
	s := []int{2, 1}
	got := make(chan int)
	go func() {
		v := s[0] // a send of s[0] itself may pass gc the element's address
		got <- v
	}()
	// Work that takes Go tens of microseconds (a division each turn) but
	// few instructions, so the goroutine on another P gets going.
	w, d := 0, len(s)+5
	for i := range 40000 {
		w += i % d
	}
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	fmt.Println(<-got, s, w > 0)
}
