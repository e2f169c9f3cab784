// A select whose send case targets a closed channel: that case is as ready
// as a receive that can proceed, and choosing it panics "send on closed
// channel"; a recover in main reports which happened, twice.
package main

import "fmt"

func try(closed, ready chan int) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint(r)
		}
	}()
	select {
	case closed <- 1:
		return "sent"
	case v := <-ready:
		return fmt.Sprint("got ", v)
	}
}

func main() {
	closed := make(chan int, 1)
	close(closed)
	ready := make(chan int, 2)
	ready <- 1
	ready <- 2
	a := try(closed, ready)
	b := try(closed, ready)
	fmt.Println(a, "|", b)
}
