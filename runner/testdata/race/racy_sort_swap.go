// sort.Slice swaps elements through reflect.Swapper while a goroutine
// reads one of them: the swap's write races with the read.
package main

import (
	"sort"
	"time"
)

func main() {
	s := []int{2, 1}
	go func() {
		println(s[0])
	}()
	time.Sleep(10 * time.Millisecond)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	println(s[0], s[1])
}
