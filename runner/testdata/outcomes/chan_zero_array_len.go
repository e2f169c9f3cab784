// len of a buffered channel of zero-size arrays ([0]int) polled by main
// after some work while a goroutine sends twice.
//
// outcomes: min-reached=2
package main

import "fmt"

func main() {
	ch := make(chan [0]int, 2)
	go func() {
		ch <- [0]int{}
		ch <- [0]int{}
	}()
	s := 0
	for j := 0; j < 400000; j++ {
		s += j & 1
	}
	fmt.Println(len(ch), s > 0)
}
