// sync.OnceFunc whose function panics: the function runs once, and
// every call, by either goroutine, panics with that first value.
//
// outcomes: min-reached=2 real-runs=150
package main

import (
	"fmt"
	"sync"
)

func main() {
	calls := 0
	f := sync.OnceFunc(func() {
		calls++
		panic(fmt.Sprint("c", calls))
	})
	out := make(chan string, 2)
	for i := 0; i < 2; i++ {
		go func() {
			defer func() { out <- fmt.Sprint(i, recover()) }()
			f()
		}()
	}
	a, b := <-out, <-out
	fmt.Println(a, b, calls)
}
