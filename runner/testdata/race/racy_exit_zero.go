// A race, then os.Exit(0): like returning from main, the race detector
// turns the exit status into 66 and prints its summary.
package main

import (
	"os"
	"time"
)

var x int

func main() {
	go func() {
		x = 1
	}()
	time.Sleep(10 * time.Millisecond)
	println("x =", x)
	os.Exit(0)
}
