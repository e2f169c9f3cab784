// Two goroutines close the same channel; the loser's close panics and its
// deferred recover reports it: which goroutine lost depends on the order.
package main

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(chan int)
	var wg sync.WaitGroup
	res := make([]string, 2)
	for i := range 2 {
		wg.Go(func() {
			defer func() {
				if r := recover(); r != nil {
					res[i] = fmt.Sprint(r)
				} else {
					res[i] = "closed it"
				}
			}()
			close(ch)
		})
	}
	wg.Wait()
	fmt.Printf("%q\n", res)
}
