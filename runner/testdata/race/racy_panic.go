// A race, then a panic: exit status 2 and no summary line.
package main

import "time"

var x int

func main() {
	go func() {
		x = 1
	}()
	time.Sleep(10 * time.Millisecond)
	println("x =", x)
	panic("boom")
}
