// A producer fills a buffered channel while main polls len and cap: the
// observed length depends on how far the producer got.
package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	done := make(chan bool)
	go func() {
		for i := range 3 {
			ch <- i
		}
		done <- true
	}()
	fmt.Println(len(ch), cap(ch))
	<-done
	fmt.Println(len(ch), cap(ch))
}
