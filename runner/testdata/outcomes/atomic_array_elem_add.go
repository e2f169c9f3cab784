// atomic.Int64 values in an array, reached through a pointer to a struct:
// two goroutines add to different elements, main reads both while they
// run.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"sync/atomic"
)

type stats struct {
	per [2]atomic.Int64
}

func main() {
	st := &stats{}
	done := make(chan bool)
	for i := range 2 {
		go func() {
			st.per[i].Add(int64(i + 1))
			done <- true
		}()
	}
	a := st.per[0].Load()
	b := st.per[1].Load()
	<-done
	<-done
	fmt.Println(a, b)
}
