// An iterator may call yield from another goroutine, as long as the calls
// do not overlap and end before the iterator returns: the loop body then
// runs on that goroutine. A third goroutine prints meanwhile.
package main

import (
	"fmt"
	"sync"
)

func seq(yield func(int) bool) {
	done := make(chan bool)
	go func() {
		for i := range 3 {
			if !yield(i) {
				break
			}
		}
		done <- true
	}()
	<-done
}

func main() {
	var wg sync.WaitGroup
	wg.Go(func() { fmt.Println("other") })
	for v := range seq {
		if v == 2 {
			break
		}
		fmt.Println("body", v)
	}
	wg.Wait()
	fmt.Println("end")
}
