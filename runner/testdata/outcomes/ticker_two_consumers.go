// One ticker, two goroutines receiving from its channel: who gets the
// first tick depends on who waited first.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTicker(20 * time.Millisecond)
	defer t.Stop()
	got := make(chan string)
	for _, n := range []string{"a", "b"} {
		go func() {
			<-t.C
			got <- n
		}()
	}
	fmt.Println(<-got, <-got)
}
