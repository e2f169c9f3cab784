// A receive assigned to a field through a pointer, `p.v = <-ch`: main
// sends and then reads the field, racing with the receiver's store.
//
// outcomes: min-reached=2
package main

import "fmt"

type cell struct{ v int }

func main() {
	p := &cell{}
	ch := make(chan int)
	go func() { p.v = <-ch }()
	ch <- 1
	fmt.Println(p.v)
}
