// A sender races with close: sending on a closed channel panics.
package main

import "fmt"

func work() {
	s := 0
	for i := range 2000 {
		s += i
	}
	_ = s
}

func main() {
	ch := make(chan int, 10)
	done := make(chan bool)
	go func() {
		for i := range 3 {
			work()
			ch <- i
		}
		done <- true
	}()
	work()
	work()
	close(ch)
	n := 0
	for range ch {
		n++
	}
	fmt.Println("received", n)
	<-done
}
