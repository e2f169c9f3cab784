// A pipeline whose consumer returns after the first value: the producer
// and the middle stage stay blocked forever (a goroutine leak), which is
// not a deadlock because main returns: the exit status is 0.
package main

import "fmt"

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := range n {
			out <- i
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func main() {
	for v := range square(gen(5)) {
		if v > 0 {
			fmt.Println("first positive", v)
			return
		}
	}
}
