// len(ch) right after starting a goroutine that sends: 0 or 1.
//
// outcomes: min-reached=2
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	go func() { ch <- 1 }()
	fmt.Println(len(ch))
}
