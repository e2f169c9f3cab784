// A race, then os.Exit(3): the report is printed when the race happens, but
// the exit status stays 3 and there is no summary line.
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
	os.Exit(3)
}
