// A racy spin on a plain flag whose body does local work: an inner loop
// over a local array and a counter that cycles through seven values, so
// the spinner's state repeats only every seven turns of the outer loop.
package main

import "fmt"

var done bool

func main() {
	go func() {
		fmt.Println("worker")
		done = true
	}()
	phase := 0
	for !done {
		sq := [4]int{1, 2, 3, 4}
		s := 0
		for _, v := range sq {
			s += v * v
		}
		if s != 30 {
			panic("arithmetic")
		}
		phase = (phase + 1) % 7
	}
	fmt.Println("main saw done", phase >= 0)
}
