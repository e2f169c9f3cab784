// strings.Join reads its elements one at a time (their lengths, then
// their bytes), so a goroutine's two stores can land between its reads of
// the first and the last element: "a z", which no single read of the
// whole slice gives (the goroutine stores the first element first).
package main

import (
	"fmt"
	"strings"
	"sync/atomic"
)

func main() {
	const n = 2000
	s := make([]string, n)
	for i := range s {
		s[i] = "b"
	}
	s[0], s[n-1] = "a", "c"
	var ready, joining atomic.Bool
	done := make(chan int)
	go func() {
		ready.Store(true)
		for !joining.Load() {
		}
		x := 0
		for j := 0; j < 10000; j++ {
			x += j
		}
		s[0] = "x"
		s[n-1] = "z"
		done <- x
	}()
	for !ready.Load() {
	}
	joining.Store(true)
	r := strings.Join(s, "")
	<-done
	fmt.Println(r[:1], r[len(r)-1:])
}
