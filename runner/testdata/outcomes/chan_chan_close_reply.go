// Channels of channels of zero-size elements: two clients send a reply
// channel to a server, which answers each by closing it; the clients
// print when their reply arrives, and main prints the order served.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"sync"
)

func main() {
	reqs := make(chan chan struct{})
	order := make(chan string, 2)
	go func() {
		for r := range reqs {
			close(r)
		}
	}()
	var wg sync.WaitGroup
	for _, name := range []string{"a", "b"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := make(chan struct{})
			reqs <- r
			<-r
			order <- name
		}()
	}
	wg.Wait()
	fmt.Println(<-order, <-order)
}
