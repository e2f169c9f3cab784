// sync.OnceFunc called from two goroutines: the function runs once; the
// goroutine that did not run it waits until it returned, so "after" lines
// always follow "ran".
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var log []string
	add := func(s string) { mu.Lock(); log = append(log, s); mu.Unlock() }
	f := sync.OnceFunc(func() { add("ran") })
	var wg sync.WaitGroup
	for _, name := range []string{"a", "b"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			add(name + " calls")
			f()
			add(name + " after")
		}()
	}
	wg.Wait()
	fmt.Println(log)
}
