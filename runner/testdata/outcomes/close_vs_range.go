// The consumer ranges over a channel that the producer closes after two
// sends; a third goroutine's send may arrive before or after the close.
package main

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(chan int, 4)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if recover() != nil {
				fmt.Println("late send panicked")
			}
		}()
		ch <- 3
	}()
	ch <- 1
	ch <- 2
	close(ch)
	sum := 0
	for v := range ch {
		sum += v
	}
	wg.Wait()
	fmt.Println("sum", sum)
}
