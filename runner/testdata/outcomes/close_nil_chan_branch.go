// close of a nil channel: a goroutine may or may not have made the channel
// before main closes it (racy plain publication). Closing nil panics.
//
// outcomes: min-reached=2
package main

import "fmt"

var ch chan int

func main() {
	go func() { ch = make(chan int) }()
	s := 0
	for j := 0; j < 200000; j++ {
		s += j & 1
	}
	close(ch)
	fmt.Println("closed", s > 0)
}
