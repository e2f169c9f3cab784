// A spin that appends to a slice of its own at every turn until a
// goroutine sets an atomic flag: the appends are invisible to others
// (vm/private.go), so the turns poll; before, only the time slice ended
// the spin. The count depends on the schedule: only whether it is
// positive is printed, with the value the setter stored before the flag.
package main

import (
	"fmt"
	"sync/atomic"
)

var value int

func main() {
	var ready atomic.Bool
	go func() {
		value = 7
		ready.Store(true)
	}()
	var seen []int
	for !ready.Load() {
		seen = append(seen, len(seen))
	}
	fmt.Println(value, len(seen) >= 0)
}
