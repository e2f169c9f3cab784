// A select between a closed channel and a buffered channel holding a
// value: both are ready, each chosen about half the time; done twice.
package main

import "fmt"

func pick(closed, ready chan int) string {
	select {
	case v, ok := <-closed:
		return fmt.Sprint("closed ", v, ok)
	case v := <-ready:
		return fmt.Sprint("ready ", v)
	}
}

func main() {
	closed := make(chan int)
	close(closed)
	ready := make(chan int, 2)
	ready <- 1
	ready <- 2
	fmt.Println(pick(closed, ready))
	fmt.Println(pick(closed, ready))
}
