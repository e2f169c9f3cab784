// A for-select loop with a labeled break: the producer fills a buffered
// channel and closes quit; the select may take quit while values are still
// buffered, so main has summed none, some or all of them.
package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	quit := make(chan struct{})
	go func() {
		ch <- 1
		ch <- 2
		close(quit)
	}()
	sum := 0
loop:
	for {
		select {
		case v := <-ch:
			sum += v
		case <-quit:
			break loop
		}
	}
	fmt.Println(sum)
}
