// select with a send and a receive on one buffered channel of structs,
// from two goroutines: each either puts its value in or takes the other's.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"sync"
)

type tok struct {
	from string
	n    int
}

func main() {
	ch := make(chan tok, 1)
	var wg sync.WaitGroup
	res := make([]string, 2)
	for i, name := range []string{"a", "b"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			select {
			case ch <- tok{name, i}:
				res[i] = "sent"
			case t := <-ch:
				res[i] = "got " + t.from
			}
		}()
	}
	wg.Wait()
	fmt.Println(res, len(ch))
}
