// atomic.Int64 Add in one goroutine and Swap in another: Swap returns the
// value before or after the Add, and the final value follows.
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var n atomic.Int64
	n.Store(10)
	done := make(chan bool)
	go func() {
		n.Add(5)
		done <- true
	}()
	old := n.Swap(100)
	<-done
	fmt.Println(old, n.Load())
}
