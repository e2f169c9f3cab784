// A worker sleeps as long as main's timeout: the two deadlines differ by a
// few instructions, so which timer fires first is up to the runtime. Real
// Go usually times out and sometimes gets the result.
// outcomes: real-runs=1000
package main

import (
	"fmt"
	"time"
)

func main() {
	res := make(chan int)
	go func() {
		time.Sleep(10 * time.Millisecond)
		res <- 1
	}()
	select {
	case v := <-res:
		fmt.Println("result", v)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout")
	}
}
