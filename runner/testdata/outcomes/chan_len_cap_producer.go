// len and cap of a buffered channel observed by the consumer while a
// producer fills it: cap is always 3, len whatever the producer has sent
// and the consumer not yet received.
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
	<-ch
	n := len(ch)
	<-done
	fmt.Println(n, len(ch), cap(ch))
}
