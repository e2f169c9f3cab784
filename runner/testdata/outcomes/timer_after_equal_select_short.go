// Two time.After of 20 µs in one select: main can be late to its select
// by that much, and then both timers are due when the select looks and it
// takes either case. Real Go prints "b" now and then at GOMAXPROCS=2
// (with 10 ms, never: timer_after_equal_select).
package main

import (
	"fmt"
	"time"
)

func main() {
	select {
	case <-time.After(20 * time.Microsecond):
		fmt.Println("a")
	case <-time.After(20 * time.Microsecond):
		fmt.Println("b")
	}
}
