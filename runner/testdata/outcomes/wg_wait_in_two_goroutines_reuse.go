// Two goroutines Wait on one WaitGroup; main releases them with Done and
// waits for both to report before reusing it, so no reuse panic occurs.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	out := make(chan string)
	for _, n := range []string{"w1", "w2"} {
		go func() {
			wg.Wait()
			out <- n
		}()
	}
	wg.Done()
	a, b := <-out, <-out
	wg.Add(1)
	go wg.Done()
	wg.Wait()
	fmt.Println(a, b)
}
