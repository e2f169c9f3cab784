package main

import (
	"fmt"
	"sync"
)

// A channel of capacity 1 used as a mutex around a check-and-append; a
// second, buggy path appends without taking the token.
func main() {
	lock := make(chan struct{}, 1)
	var log []string
	var wg sync.WaitGroup
	add := func(s string) {
		lock <- struct{}{}
		log = append(log, s)
		<-lock
	}
	wg.Go(func() { add("a"); add("b") })
	wg.Go(func() { add("c") })
	wg.Wait()
	fmt.Println(log)
}
