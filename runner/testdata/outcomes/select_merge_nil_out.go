// Merging two channels with a select loop that sets a channel to nil once it
// is closed: the merged order is the scheduler's, each source stays in order.
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	go func() { a <- 1; a <- 2; close(a) }()
	go func() { b <- 10; close(b) }()
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			fmt.Print(v, " ")
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			fmt.Print(v, " ")
		}
	}
	fmt.Println()
}
