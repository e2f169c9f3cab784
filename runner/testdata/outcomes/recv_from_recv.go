// `<-<-chch`: receiving a channel from a channel of channels and then from
// it, in two consumers; producers send on their own channels.
//
// outcomes: min-reached=2
package main

import "fmt"

func main() {
	chch := make(chan chan string, 2)
	out := make(chan string, 2)
	for _, n := range []string{"a", "b"} {
		c := make(chan string, 1)
		c <- n
		go func() { chch <- c }()
	}
	go func() { out <- <-<-chch }()
	go func() { out <- <-<-chch }()
	fmt.Println(<-out, <-out)
}
