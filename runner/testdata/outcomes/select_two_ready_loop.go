// Both channels always have a value ready: each of three selects picks one
// of the two cases uniformly, so every count of picks of a is reachable.
package main

import "fmt"

func main() {
	a := make(chan int, 3)
	b := make(chan int, 3)
	for i := range 3 {
		a <- i
		b <- i
	}
	na := 0
	for range 3 {
		select {
		case <-a:
			na++
		case <-b:
		}
	}
	fmt.Println("a chosen", na, "of 3; left", len(a), len(b))
}
