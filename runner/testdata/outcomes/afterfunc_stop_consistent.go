// Stop of an AfterFunc racing with its expiry: Stop reports true exactly
// when the function has not started and never will.
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	var ran atomic.Bool
	t := time.AfterFunc(time.Millisecond, func() { ran.Store(true) })
	time.Sleep(time.Millisecond)
	stopped := t.Stop()
	time.Sleep(20 * time.Millisecond)
	fmt.Println(stopped, ran.Load(), stopped != ran.Load())
}
