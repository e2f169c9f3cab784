// select picks uniformly among ready cases: four rounds over two always
// ready buffered channels choose the first 0 to 4 times, and real Go shows
// all five counts.
//
// outcomes: min-reached=5
package main

import (
	"fmt"
)

func main() {
	a, b := make(chan int, 4), make(chan int, 4)
	for i := range 4 {
		a <- i
		b <- i
	}
	na := 0
	for range 4 {
		select {
		case <-a:
			na++
		case <-b:
		}
	}
	fmt.Println("a chosen", na)
}
