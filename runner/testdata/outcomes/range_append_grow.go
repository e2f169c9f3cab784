// An append that grows copies the old elements into a new array
// (growslice): a range read, racing here with a write of the last element.
// outcomes: dfs-runs=300 random=40 pct=40 min-reached=2
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var flag atomic.Int32
	s := make([]int, 1<<17)
	done := make(chan []int)
	go func() {
		flag.Store(1)
		done <- append(s, 0)
	}()
	for flag.Load() == 0 {
	}
	s[len(s)-1] = 1
	t := <-done
	fmt.Println(t[len(s)-1])
}
