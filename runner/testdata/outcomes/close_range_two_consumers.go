// Two consumers range over one channel that main fills and closes: the
// values split between them in any way, and both ranges end at the close.
package main

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(chan int)
	var wg sync.WaitGroup
	got := make([][]int, 2)
	for i := range 2 {
		wg.Go(func() {
			for v := range ch {
				got[i] = append(got[i], v)
			}
		})
	}
	for v := range 3 {
		ch <- v
	}
	close(ch)
	wg.Wait()
	fmt.Println(got[0], got[1])
}
