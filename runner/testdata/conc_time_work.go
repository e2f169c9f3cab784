// Time passes while goroutines work: a loop polling time.Since ends, and a
// timer falls due during a spin and is seen by the next select or atomic poll.
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	start := time.Now()
	n := 0
	for time.Since(start) < 20*time.Millisecond {
		n++
	}
	fmt.Println("busy loop ended after at least 20ms:", time.Since(start) >= 20*time.Millisecond, "work done:", n > 1000)

	timeout := time.After(5 * time.Millisecond)
	spins := 0
spin:
	for {
		select {
		case <-timeout:
			break spin
		default:
			spins++
		}
	}
	fmt.Println("timer seen while spinning:", spins > 0)

	var fired atomic.Bool
	time.AfterFunc(time.Millisecond, func() { fired.Store(true) })
	for !fired.Load() {
	}
	fmt.Println("AfterFunc ran while main spun")

	deadline := time.Now().Add(10 * time.Millisecond)
	for time.Now().Before(deadline) {
	}
	fmt.Println("deadline passed:", !time.Now().Before(deadline))
}
