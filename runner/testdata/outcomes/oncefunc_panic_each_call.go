// sync.OnceFunc of a panicking function: every call panics with the same
// value; two goroutines recover and report in the order they ran.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"sync"
)

func main() {
	runs := 0
	f := sync.OnceFunc(func() {
		runs++
		panic("boom")
	})
	out := make(chan string, 2)
	var wg sync.WaitGroup
	for _, name := range []string{"a", "b"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { out <- fmt.Sprint(name, ":", recover()) }()
			f()
		}()
	}
	wg.Wait()
	fmt.Println(<-out, <-out, runs)
}
