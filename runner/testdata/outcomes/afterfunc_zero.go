// time.AfterFunc(0, f) starts f in its own goroutine at once; whether it has
// run by the caller's next look depends on the schedule.
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	var ran atomic.Bool
	time.AfterFunc(0, func() { ran.Store(true) })
	fmt.Println("ran:", ran.Load())
}
