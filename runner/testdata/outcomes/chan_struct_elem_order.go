// Visibility row "channel send", struct elements: two goroutines send a
// struct (an int and a string) on one unbuffered channel; the receiver
// prints them in the order the sends were matched.
//
// outcomes: min-reached=2
package main

import "fmt"

type msg struct {
	id   int
	name string
}

func main() {
	ch := make(chan msg)
	for _, m := range []msg{{1, "one"}, {2, "two"}} {
		go func() { ch <- m }()
	}
	a, b := <-ch, <-ch
	fmt.Println(a.id, a.name, b.id, b.name)
}
