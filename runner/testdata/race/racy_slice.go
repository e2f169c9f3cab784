// A goroutine writes a slice element that main reads without waiting for it.
package main

import "time"

func main() {
	s := make([]int, 3)
	go func() {
		s[1] = 5
	}()
	time.Sleep(10 * time.Millisecond)
	println("s[1] =", s[1])
}
