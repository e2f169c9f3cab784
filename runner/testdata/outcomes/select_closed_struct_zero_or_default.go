// A goroutine closes a channel of structs while main works; main's select
// with default then receives the zero struct with ok false, or takes the
// default.
//
// outcomes: min-reached=2
package main

import "fmt"

type ev struct {
	name string
	n    int
}

func main() {
	ch := make(chan ev)
	go close(ch)
	n := 0
	for j := 0; j < 200000; j++ {
		n += j & 1
	}
	select {
	case e, ok := <-ch:
		fmt.Printf("%q %d %v %v\n", e.name, e.n, ok, n > 0)
	default:
		fmt.Println("default", n > 0)
	}
}
