// main spins on NumGoroutine until the worker has ended: the worker's exit
// must get to run, in every strategy.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	go func() {
		s := 0
		for i := 0; i < 10; i++ {
			s += i
		}
		_ = s
	}()
	for runtime.NumGoroutine() > 1 {
	}
	fmt.Println("alone")
}
