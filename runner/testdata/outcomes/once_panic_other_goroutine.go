// sync.Once whose function panics (recovered in its goroutine): a Do in
// another goroutine either waits for it and returns without running f, or
// runs first and makes the panicking Do a no-op.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	var wg sync.WaitGroup
	out := make(chan string, 2)
	wg.Add(2)
	go func() {
		defer wg.Done()
		defer func() { out <- fmt.Sprint("A recovered ", recover()) }()
		once.Do(func() { panic("A boom") })
	}()
	go func() {
		defer wg.Done()
		ran := false
		once.Do(func() { ran = true })
		out <- fmt.Sprint("B ran ", ran)
	}()
	wg.Wait()
	a, b := <-out, <-out
	if a > b {
		a, b = b, a
	}
	fmt.Println(a, "|", b)
}
