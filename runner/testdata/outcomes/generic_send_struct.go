// A generic send helper on a channel of structs, and a generic receive:
// two producers, one consumer; the arrival order shows.
//
// outcomes: min-reached=2
package main

import "fmt"

type pair[K comparable, V any] struct {
	k K
	v V
}

func send[T any](ch chan<- T, v T) { ch <- v }

func recv[T any](ch <-chan T) T { return <-ch }

func main() {
	ch := make(chan pair[string, int])
	go send(ch, pair[string, int]{"x", 1})
	go send(ch, pair[string, int]{"y", 2})
	a := recv(ch)
	b := recv(ch)
	fmt.Println(a.k, a.v, b.k, b.v)
}
