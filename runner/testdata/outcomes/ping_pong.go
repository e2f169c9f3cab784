// Two goroutines pass a ball back and forth over unbuffered channels; the
// hits alternate strictly whatever the schedule.
package main

import "fmt"

func player(name string, in <-chan int, out chan<- int, done chan<- bool) {
	for {
		n, ok := <-in
		if !ok {
			done <- true
			return
		}
		fmt.Println(name, n)
		if n == 4 {
			close(out)
			done <- true
			return
		}
		out <- n + 1
	}
}

func main() {
	a, b := make(chan int), make(chan int)
	done := make(chan bool)
	go player("ping", a, b, done)
	go player("pong", b, a, done)
	a <- 1
	<-done
	<-done
}
