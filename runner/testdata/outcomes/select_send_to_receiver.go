// Two goroutines wait to receive, one on each channel; a select sending on
// both can serve either, whichever is ready when it runs.
package main

import "fmt"

func main() {
	a := make(chan string)
	b := make(chan string)
	got := make(chan string, 2)
	go func() { got <- "a:" + <-a }()
	go func() { got <- "b:" + <-b }()
	select {
	case a <- "x":
	case b <- "x":
	}
	fmt.Println(<-got)
}
