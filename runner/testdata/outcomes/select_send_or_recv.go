// main selects between sending on out and receiving from in; a helper is
// ready on both sides, so either case may be taken first.
package main

import "fmt"

func main() {
	in := make(chan string)
	out := make(chan string)
	done := make(chan bool)
	go func() {
		select {
		case in <- "from helper":
		case v := <-out:
			fmt.Println("helper got", v)
		}
		done <- true
	}()
	select {
	case v := <-in:
		fmt.Println("main got", v)
	case out <- "from main":
		fmt.Println("main sent")
	}
	<-done
}
