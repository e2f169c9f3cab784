// main receives from a channel nobody will ever send on: Go detects the deadlock.
package main

import "fmt"

func main() {
	results := make(chan int)
	fmt.Println("waiting for a result that never comes")
	for i := 0; i < 3; i++ {
		fmt.Println("loop", i)
	}
	v := <-results
	fmt.Println("got", v)
}
