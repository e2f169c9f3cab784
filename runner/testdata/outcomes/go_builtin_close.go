// `go close(ch)`: a go statement whose function is the close builtin. Two
// such goroutines close two channels; main's select shows which closed
// first (or both, picked at random).
//
// outcomes: min-reached=2
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	go close(a)
	go close(b)
	select {
	case <-a:
		fmt.Println("a")
	case <-b:
		fmt.Println("b")
	}
}
