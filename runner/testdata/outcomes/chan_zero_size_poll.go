// A zero-size element (struct{}) on a buffered channel: main works a while
// and then polls with select/default; the goroutine's send may or may not
// have happened.
//
// outcomes: min-reached=2
package main

import "fmt"

func work() int {
	s := 0
	for j := 0; j < 200000; j++ {
		s += j & 3
	}
	return s
}

func main() {
	ch := make(chan struct{}, 1)
	go func() { ch <- struct{}{} }()
	w := work()
	select {
	case <-ch:
		fmt.Println("got", w > 0)
	default:
		fmt.Println("none", w > 0)
	}
}
