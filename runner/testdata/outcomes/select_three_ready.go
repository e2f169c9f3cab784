// A select with three ready cases chooses among them uniformly: two selects
// in a row over channels that each hold two values can print any of the
// nine sequences.
package main

import "fmt"

func main() {
	a, b, c := make(chan int, 2), make(chan int, 2), make(chan int, 2)
	for range 2 {
		a <- 0
		b <- 1
		c <- 2
	}
	for range 2 {
		select {
		case <-a:
			fmt.Print("a")
		case <-b:
			fmt.Print("b")
		case <-c:
			fmt.Print("c")
		}
	}
	fmt.Println()
}
