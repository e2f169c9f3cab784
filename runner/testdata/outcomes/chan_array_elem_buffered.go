// Visibility row "channel send", array elements on a buffered channel:
// two goroutines each send a [3]int; main receives both and prints them.
//
// outcomes: min-reached=2
package main

import "fmt"

func main() {
	ch := make(chan [3]int, 2)
	go func() { ch <- [3]int{1, 1, 1} }()
	go func() { ch <- [3]int{2, 2, 2} }()
	fmt.Println(<-ch, <-ch)
}
