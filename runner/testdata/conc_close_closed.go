// Closing a channel twice panics.
package main

import "fmt"

func main() {
	quit := make(chan struct{})
	stop := func(who string) {
		fmt.Println(who, "closing quit")
		close(quit)
	}
	stop("first")
	_, ok := <-quit
	fmt.Println("quit closed:", !ok)
	stop("second")
	fmt.Println("never printed")
}
