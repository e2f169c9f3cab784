// string(b) reads b's elements inside the runtime (slicebytetostring): a
// range read, racing here with a write of the last byte.
// outcomes: dfs-runs=300 random=40 pct=40 min-reached=2
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var flag atomic.Int32
	b := make([]byte, 1<<14)
	for i := range b {
		b[i] = 'a'
	}
	done := make(chan string)
	go func() {
		flag.Store(1)
		done <- string(b)
	}()
	for flag.Load() == 0 {
	}
	b[len(b)-1] = 'b'
	s := <-done
	fmt.Println(s[len(s)-1:])
}
