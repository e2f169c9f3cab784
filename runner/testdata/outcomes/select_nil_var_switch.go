// Disabling a select case by setting its channel variable to nil after it
// closes: main merges two producers of different kinds (string and a
// struct) and prints in arrival order.
//
// outcomes: min-reached=2
package main

import "fmt"

type ev struct{ n int }

func main() {
	a := make(chan string)
	b := make(chan ev)
	go func() { a <- "x"; close(a) }()
	go func() { b <- ev{1}; close(b) }()
	for a != nil || b != nil {
		select {
		case s, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			fmt.Print(s, " ")
		case e, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			fmt.Print(e.n, " ")
		}
	}
	fmt.Println()
}
