// A select sending one struct value on either of two unbuffered channels,
// each with a receiver goroutine: whichever receiver is waiting (or the
// select's random pick when both are) gets it.
//
// outcomes: min-reached=2
package main

import "fmt"

type job struct {
	id  int
	tag string
}

func main() {
	a := make(chan job)
	b := make(chan job)
	out := make(chan string)
	go func() { j := <-a; out <- fmt.Sprint("a got ", j.id, j.tag) }()
	go func() { j := <-b; out <- fmt.Sprint("b got ", j.id, j.tag) }()
	select {
	case a <- job{1, "x"}:
	case b <- job{1, "x"}:
	}
	fmt.Println(<-out)
}
