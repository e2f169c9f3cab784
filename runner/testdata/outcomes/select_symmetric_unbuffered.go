// Two goroutines each select between sending on and receiving from one
// unbuffered channel: a select cannot match itself, so one sends and the
// other receives; which one is the scheduler's.
package main

import "fmt"

func peer(name string, ch chan string, out chan string) {
	select {
	case ch <- name:
		out <- name + " sent"
	case v := <-ch:
		out <- name + " got " + v
	}
}

func main() {
	ch := make(chan string)
	out := make(chan string)
	go peer("a", ch, out)
	go peer("b", ch, out)
	fmt.Println(<-out)
	fmt.Println(<-out)
}
