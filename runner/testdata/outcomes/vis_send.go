// Visibility row "channel send": two goroutines send; the receiver sees
// their sends in either order.
//
// outcomes: min-reached=2
package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	for id := 1; id <= 2; id++ {
		go func() { ch <- id }()
	}
	fmt.Println(<-ch, <-ch)
}
