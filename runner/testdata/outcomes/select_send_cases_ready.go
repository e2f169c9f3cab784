// A select with two ready send cases and a ready receive case picks one
// uniformly; done three times, the buffers decide what stays ready.
package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	in := make(chan int, 1)
	in <- 9
	var picks []string
	for range 3 {
		select {
		case a <- 1:
			picks = append(picks, "a")
		case b <- 2:
			picks = append(picks, "b")
		case v := <-in:
			picks = append(picks, fmt.Sprint("in", v))
		}
	}
	fmt.Println(picks)
}
