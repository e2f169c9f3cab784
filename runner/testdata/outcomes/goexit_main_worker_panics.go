// main calls runtime.Goexit; its deferred print runs, then the worker's
// panic ends the program (no deadlock is reported, a goroutine was still
// running).
package main

import (
	"fmt"
	"runtime"
)

func main() {
	go func() {
		fmt.Println("worker")
		panic("worker failed")
	}()
	defer fmt.Println("main deferred")
	runtime.Goexit()
}
